# Installers: DEB, RPM and TGZ on Linux, NSIS and ZIP on Windows, DragNDrop (DMG) on macOS.
# Linux packages are built and installed for real by scripts/package-test.sh; the Windows and macOS
# ones are configured here and built by .github/workflows/build.yml (see README, "Installers").
set(CPACK_PACKAGE_NAME "pagelens")
set(CPACK_PACKAGE_VENDOR "PageLens")
set(CPACK_PACKAGE_CONTACT "PageLens developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "PageLens indexes folders of PDFs, scans and images (PDF text layer, Tesseract OCR, \
full-text and optional dense search through Gemini or an OpenAI-compatible server) and shows every page with \
the words that matched a query highlighted. Contains the desktop application (pagelens) and the command-line \
interface (pagelens-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PageLens")
set(CPACK_PACKAGE_EXECUTABLES "pagelens;PageLens")   # the Start-menu entry
set(CPACK_STRIP_FILES ON)                            # RelWithDebInfo binaries ship without their debug info

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake)
endif()
include(CPack)
