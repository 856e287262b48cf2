# Compiles translations/shoulou_*.ts and embeds the .qm files under :/i18n in `target`.
# The .ts files are refreshed from all sources with `cmake --build <dir> --target update_translations`.
set(SHOULOU_TS_FILES ${PROJECT_SOURCE_DIR}/translations/shoulou_zh_CN.ts)

function(shoulou_add_translations target)
  set_source_files_properties(${SHOULOU_TS_FILES} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n")
  qt_add_lrelease(${target} TS_FILES ${SHOULOU_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} "${target}_i18n" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n" FILES ${qm_files})
endfunction()
