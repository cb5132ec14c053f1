# Linux: desktop integration files, then the DEB and RPM metadata. Runtime libraries are found by
# dpkg-shlibdeps (DEB) and rpmbuild's automatic requirements (RPM); what they cannot see — Qt plugins
# loaded at run time and Tesseract's language data — is listed by hand.
set(linux_dir ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${linux_dir}/io.pagelens.PageLens.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_dir}/io.pagelens.PageLens.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${linux_dir}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/pagelens.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME io.pagelens.PageLens.svg)

set(CPACK_GENERATOR "DEB;TGZ")
find_program(PAGELENS_RPMBUILD rpmbuild)
if(PAGELENS_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# DEB: pagelens_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "graphics")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins: SQLite driver (the catalog), SVG icon engine, TIFF/WebP image formats; English OCR data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-image-formats-plugins, tesseract-ocr-eng")
# osd.traineddata straightens rotated scans; Wayland sessions run natively with the plugin; Qt's own
# strings (dialog buttons) in the user's language come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "tesseract-ocr-osd, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tesseract-ocr-deu, tesseract-ocr-fra, tesseract-ocr-spa")

# RPM: pagelens-<version>-1.<arch>.rpm; package names as Fedora spells them.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")   # no /usr/lib/.build-id links in the package
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)   # two executables: nothing for other packages to link against
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtimageformats, tesseract-langpack-eng")
# Directories the filesystem and hicolor-icon-theme packages own: listing them would conflict.
set(rpm_owned /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor)
foreach(size 16 22 24 32 48 64 96 128 256 512 scalable)
    set(dir /usr/share/icons/hicolor/${size}x${size})
    if(size STREQUAL "scalable")
        set(dir /usr/share/icons/hicolor/scalable)
    endif()
    list(APPEND rpm_owned ${dir} ${dir}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_owned})
