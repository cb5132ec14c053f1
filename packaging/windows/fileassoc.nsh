; "Open with PageLens" for PDFs and images, included by the CPack NSIS script
; (packaging/windows/windows.cmake). PageLens is offered in "Open with", never made the default.
!ifndef PAGELENS_FILEASSOC_NSH
!define PAGELENS_FILEASSOC_NSH

!define PAGELENS_PROGID "PageLens.Document"
!define PAGELENS_APPKEY "Software\Classes\Applications\pagelens.exe"

!macro PageLensRegisterType EXT
  WriteRegStr SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PAGELENS_PROGID}" ""
  WriteRegStr SHCTX "${PAGELENS_APPKEY}\SupportedTypes" "${EXT}" ""
!macroend

!macro PageLensUnregisterType EXT
  DeleteRegValue SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PAGELENS_PROGID}"
!macroend

!macro PageLensRegisterTypes
  WriteRegStr SHCTX "Software\Classes\${PAGELENS_PROGID}" "" "PageLens document"
  WriteRegStr SHCTX "Software\Classes\${PAGELENS_PROGID}\DefaultIcon" "" "$INSTDIR\bin\pagelens.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PAGELENS_PROGID}\shell\open\command" "" '"$INSTDIR\bin\pagelens.exe" "%1"'
  WriteRegStr SHCTX "${PAGELENS_APPKEY}" "FriendlyAppName" "PageLens"
  WriteRegStr SHCTX "${PAGELENS_APPKEY}\shell\open\command" "" '"$INSTDIR\bin\pagelens.exe" "%1"'
  !insertmacro PageLensRegisterType ".pdf"
  !insertmacro PageLensRegisterType ".png"
  !insertmacro PageLensRegisterType ".jpg"
  !insertmacro PageLensRegisterType ".jpeg"
  !insertmacro PageLensRegisterType ".tif"
  !insertmacro PageLensRegisterType ".tiff"
  !insertmacro PageLensRegisterType ".webp"
  !insertmacro PageLensRegisterType ".bmp"
  !insertmacro PageLensRegisterType ".gif"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'  ; SHCNE_ASSOCCHANGED
!macroend

!macro PageLensUnregisterTypes
  !insertmacro PageLensUnregisterType ".pdf"
  !insertmacro PageLensUnregisterType ".png"
  !insertmacro PageLensUnregisterType ".jpg"
  !insertmacro PageLensUnregisterType ".jpeg"
  !insertmacro PageLensUnregisterType ".tif"
  !insertmacro PageLensUnregisterType ".tiff"
  !insertmacro PageLensUnregisterType ".webp"
  !insertmacro PageLensUnregisterType ".bmp"
  !insertmacro PageLensUnregisterType ".gif"
  DeleteRegKey SHCTX "Software\Classes\${PAGELENS_PROGID}"
  DeleteRegKey SHCTX "${PAGELENS_APPKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!endif
