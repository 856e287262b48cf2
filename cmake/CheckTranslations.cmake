# cmake -P: fails when a source string has no finished zh_CN translation.
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/shoulou_zh_CN.ts ${WORK_DIR}/check.ts COPYONLY)
execute_process(
  COMMAND ${LUPDATE} -locations none -no-obsolete ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${WORK_DIR}/check.ts
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${WORK_DIR}/check.ts ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  foreach(m IN LISTS missing)
    message("untranslated: ${m}")
  endforeach()
  message(FATAL_ERROR "${count} string(s) without a zh_CN translation: run `cmake --build <dir> --target update_translations` and translate them")
endif()
message(STATUS "zh_CN translation complete")
