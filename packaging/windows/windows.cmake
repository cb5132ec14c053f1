# Windows: an NSIS installer and a zip. Qt's generated deploy script runs windeployqt on pagelens.exe
# (Qt DLLs, plugins, translations next to it; pagelens-cli.exe uses a subset of the same Qt modules);
# the other DLLs (FAISS, Tesseract, Poppler, QtKeychain, spdlog and their dependencies) come from the
# executables' runtime dependency set (app/CMakeLists.txt), resolved in the vcpkg and CMAKE_PREFIX_PATH
# bin folders. Built by .github/workflows/build.yml; never built on the Linux machines.
set(CPACK_GENERATOR "NSIS;ZIP")

qt_generate_deploy_app_script(TARGET pagelens FILENAME_VARIABLE pagelens_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${pagelens_deploy_script})

set(dll_dirs)
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND dll_dirs "${prefix}/bin")
endforeach()
install(RUNTIME_DEPENDENCY_SET pagelens_runtime
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"          # windeployqt deploys Qt's own
    POST_EXCLUDE_REGEXES "[Ss]ystem32/"
    DIRECTORIES ${dll_dirs}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Tesseract's English and orientation data beside the executables (OcrEngine looks in
# <exe>/../share/tessdata when TESSDATA_PREFIX is unset); the workflow downloads them into this folder.
set(PAGELENS_TESSDATA_DIR "" CACHE PATH "Folder with eng.traineddata and osd.traineddata to ship")
if(PAGELENS_TESSDATA_DIR)
    install(FILES ${PAGELENS_TESSDATA_DIR}/eng.traineddata ${PAGELENS_TESSDATA_DIR}/osd.traineddata
        DESTINATION share/tessdata)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/nsis.cmake)
