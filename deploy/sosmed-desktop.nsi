; Windows installer of Sosmed Desktop (NSIS 3), around the frozen build in dist/SosmedDesktop.
;
;   python3 dev.py build && python3 dev.py installer
;   (or: makensis -DVERSION=0.1.0 -DSOURCE=%CD%\dist\SosmedDesktop
;                 -DOUTFILE=%CD%\dist\SosmedDesktop-0.1.0-setup.exe deploy\sosmed-desktop.nsi)
;
; Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\Sosmed Desktop,
; writes only HKEY_CURRENT_USER.  A Start-menu entry; starting at login is a component
; (off unless chosen, or /AUTOSTART on the command line); silent installs with /S.
; The uninstaller removes the program and its entries, never the officer's data folder
; (%LOCALAPPDATA%\SosmedDesktop: database, photos, backups).
; makensis works in this folder, so paths are relative to it (SOURCE is best absolute).
; -DCOMPRESSOR=zlib builds faster, -DCOMPRESSOR=none fastest (CI checks the script that way);
; the default is LZMA, for the installer IT hands out.

Unicode true
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (-DVERSION=0.1.0)"
!endif
!ifndef SOURCE
  !error "SOURCE is not defined (-DSOURCE=dist\SosmedDesktop)"
!endif
!ifndef OUTFILE
  !define OUTFILE "SosmedDesktop-${VERSION}-setup.exe"
!endif
!ifdef COMPRESSOR
  !if "${COMPRESSOR}" == "none"
    SetCompress off
  !else
    SetCompressor ${COMPRESSOR}
  !endif
!else
  SetCompressor /SOLID lzma
!endif

!define APP_NAME "Sosmed Desktop"
!define APP_EXE "SosmedDesktop.exe"
!define CLI_EXE "sosmed-cli.exe"
!define APP_KEY "SosmedDesktop"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT; third-party licences in _internal\THIRD-PARTY-LICENSES.txt"

!define MUI_ICON "../resources/icons/app.ico"
!define MUI_UNICON "../resources/icons/app.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_INDONESIAN} "Sosmed Desktop (wajib)"
LangString SecProgram ${LANG_ENGLISH} "Sosmed Desktop (required)"
LangString SecStartMenu ${LANG_INDONESIAN} "Pintasan di menu Start"
LangString SecStartMenu ${LANG_ENGLISH} "Start-menu shortcut"
LangString SecAutostart ${LANG_INDONESIAN} "Mulai otomatis saat masuk Windows"
LangString SecAutostart ${LANG_ENGLISH} "Start when signing in to Windows"
LangString StillRunning ${LANG_INDONESIAN} "Sosmed Desktop masih berjalan. Tutup aplikasinya (juga ikonnya di area notifikasi), lalu pilih Coba lagi."
LangString StillRunning ${LANG_ENGLISH} "Sosmed Desktop is still running. Close it (also its icon in the notification area), then choose Retry."
LangString DataKept ${LANG_INDONESIAN} "Data Anda di $LOCALAPPDATA\SosmedDesktop tidak dihapus."
LangString DataKept ${LANG_ENGLISH} "Your data in $LOCALAPPDATA\SosmedDesktop was not removed."

; Deletes `FILE`, asking the officer to close the application while Windows refuses.
!macro RemoveProgramFile FILE
  ${Do}
    ClearErrors
    Delete "${FILE}"
    ${IfNot} ${Errors}
      ${Break}
    ${EndIf}
    ${If} ${Silent}
      Abort
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
!macroend

Section "$(SecProgram)" SecProgramId
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro RemoveProgramFile "$INSTDIR\${APP_EXE}"
  !insertmacro RemoveProgramFile "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"  ; no library of an older version stays behind
  File /r "${SOURCE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecStartMenu)" SecStartMenuId
  SetShellVarContext current
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

; The same Run entry the application's own setting (Pengingat → start at login) manages.
Section /o "$(SecAutostart)" SecAutostartId
  WriteRegStr HKCU "${RUN_KEY}" "${APP_KEY}" '"$INSTDIR\${APP_EXE}"'
SectionEnd

Function .onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AUTOSTART" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecAutostartId} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveProgramFile "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: nothing the officer put there is removed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "${APP_KEY}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
