; Inno Setup 6 script for ISHC Desk: installs the PyInstaller folder (dist\ISHC Desk) into
; Program Files. installer\build.py runs it after PyInstaller; by hand, from the repository root:
;   ISCC /DAppVersion=0.1.0 installer\ishc.iss
; Needs Inno Setup 6.5 or later. This file is UTF-8 (with BOM, for the Vietnamese names).
;
; The clerks' data is NOT under {app}: the database, logs and backups live in the per-user data
; folder %LOCALAPPDATA%\ISHC\ISHC Desk (platformdirs user_data_dir("ISHC Desk", "ISHC")), and
; preferences in HKCU\Software\ISHC\ISHC Desk. The uninstaller removes only the files that
; [Files] installed, so neither is ever deleted: there is deliberately no [UninstallDelete]
; section, and none may name the data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\ISHC Desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif
#define AppName "ISHC Desk"
#define AppExe "ISHC Desk.exe"
#define ShortcutName "ISHC Desk - Quản lý CLB Liên thế hệ tự giúp nhau"
#define DataFolderPath "{localappdata}\ISHC\ISHC Desk"

; Inno Setup ships no official Vietnamese translation, only the unofficial Vietnamese.isl of its
; translators (Files\Languages\Unofficial in the Inno Setup sources). Put that file beside this
; script, or in Inno Setup's Languages folder, and the installer speaks Vietnamese; without it
; the installer is in English (the program itself is Vietnamese either way).
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define VietnameseIsl AddBackslash(SourcePath) + "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define VietnameseIsl "compiler:Languages\Vietnamese.isl"
#endif

[Setup]
; AppId identifies the installation across versions: never change it, or an upgrade installs a
; second copy instead of replacing the first.
AppId={{1A210BED-5CF0-41B9-9EC0-7D1F06FD29EE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ISHC
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#ShortcutName}
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename=ISHC-Desk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; For all users into Program Files; a clerk without administrator rights may still install for
; herself alone (then into %LOCALAPPDATA%\Programs).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; PySide6 6.x wheels are 64-bit and need Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
#ifdef VietnameseIsl
; Vietnamese for every office PC, whatever the language of Windows.
ShowLanguageDialog=no
LanguageDetectionMethod=none
#endif

[Languages]
#ifdef VietnameseIsl
Name: "vi"; MessagesFile: "{#VietnameseIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef VietnameseIsl
vi.DataKept=Dữ liệu của ISHC Desk vẫn được giữ nguyên tại:%n%1%n%nKhi cài lại chương trình, dữ liệu này được dùng tiếp.
#endif
en.DataKept=The ISHC Desk data has been kept in:%n%1%n%nInstall the program again to keep using it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder, so no library of the old version lingers beside
; the new one. Only {app}\_internal: never anything outside the program folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#ShortcutName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#ShortcutName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; As the clerk who started Setup, not the administrator account that elevated it: the program
; creates its data folder in the profile of whoever runs it.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  { Nothing deletes the data folder; say where it stayed so nobody thinks the data is gone. }
  Folder := ExpandConstant('{#DataFolderPath}');
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(Folder) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
end;
