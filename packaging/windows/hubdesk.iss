; Inno Setup script for hubdesk on Windows: installs the one-folder PyInstaller build
; (dist\hubdesk) for the current user, without administrator rights.
; Build it as packaging/README.md says:  ISCC /DAppVersion=0.1.0 packaging\windows\hubdesk.iss
; The setup program is written to dist\hubdesk-<version>-setup.exe.
;
; The user's data (database, backups, log, settings) lives in %LOCALAPPDATA%\hubdesk,
; apart from the program in %LOCALAPPDATA%\Programs\hubdesk. The uninstaller removes
; only the files it installed: the data folder is kept, on purpose (there is no
; [UninstallDelete] section). Removing the data is a separate, deliberate step.

#define AppName "hubdesk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\hubdesk"

[Setup]
; The AppId identifies hubdesk to Windows for updates and uninstalling: never change it.
AppId={{6F3C2B9E-4D7A-4C1E-9B8F-2A5D7E1C3B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Gemeente Haarlem
AppComments=De intakebalie van de Haarlemse stadshubs
; Per user: no administrator rights needed, and {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=hubdesk.ico
UninstallDisplayIcon={app}\hubdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Ask a running hubdesk to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
; Code signing (see packaging/README.md): define a sign tool named "signtool" in the
; compiler (ISCC /Ssigntool=...) and uncomment both lines; the uninstaller is signed too.
;SignTool=signtool
;SignedUninstaller=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's files as a whole: modules left over from an older
; version must not be loaded by the new one. (The data folder is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\hubdesk.exe"; Comment: "De intakebalie van de Haarlemse stadshubs"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\hubdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hubdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
