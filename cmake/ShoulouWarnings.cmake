# Warning flags shared by every Shoulou target.
function(shoulou_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
  if(SHOULOU_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
