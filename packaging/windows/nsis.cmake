# The NSIS installer's settings, apart so that scripts/nsis-check.sh can compile the generated
# installer script with makensis on Linux (the Windows build itself never runs here).
set(CPACK_NSIS_PACKAGE_NAME "PageLens")
set(CPACK_NSIS_DISPLAY_NAME "PageLens ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/pagelens.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/pagelens.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pagelens.exe")   # icon in "Apps & features"
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)            # an upgrade removes the old version first
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")                   # the Start-menu entry runs bin\pagelens.exe
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "pagelens.exe")
# "Open with PageLens" for PDFs and images (registered for the machine, removed by the uninstaller;
# never made the default program: Windows leaves that choice to the user).
file(TO_CMAKE_PATH "${CMAKE_CURRENT_LIST_DIR}/fileassoc.nsh" pagelens_fileassoc)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include \\\"${pagelens_fileassoc}\\\"\n!insertmacro PageLensRegisterTypes")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \\\"${pagelens_fileassoc}\\\"\n!insertmacro PageLensUnregisterTypes")
