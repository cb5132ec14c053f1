# macOS: a DragNDrop disk image holding PageLens.app (with pagelens-cli inside it, Contents/MacOS).
# macdeployqt copies Qt's frameworks and plugins and the other dylibs both executables load
# (Homebrew's FAISS, Tesseract, Poppler, ...) into the bundle and rewrites their load paths. Qt 6.4's
# qt_generate_deploy_app_script() deploys the main executable only, so this writes the same script
# with pagelens-cli added (qt_deploy_runtime_dependencies' ADDITIONAL_EXECUTABLES). Built by
# .github/workflows/build.yml; never built on the Linux machines.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "PageLens")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/pagelens.icns")
set(CPACK_DMG_FORMAT "UDZO")

set(pagelens_deploy_script "${CMAKE_BINARY_DIR}/deploy_pagelens_bundle.cmake")
file(GENERATE OUTPUT "${pagelens_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE PageLens.app
    ADDITIONAL_EXECUTABLES PageLens.app/Contents/MacOS/pagelens-cli
)
")
# Tesseract's English and orientation data inside the bundle (OcrEngine looks in Contents/Resources/tessdata).
set(PAGELENS_TESSDATA_DIR "" CACHE PATH "Folder with eng.traineddata and osd.traineddata to ship")
if(PAGELENS_TESSDATA_DIR)
    install(FILES ${PAGELENS_TESSDATA_DIR}/eng.traineddata ${PAGELENS_TESSDATA_DIR}/osd.traineddata
        DESTINATION PageLens.app/Contents/Resources/tessdata)
endif()
install(SCRIPT "${pagelens_deploy_script}")
