; Inno Setup 6 recipe for the Windows installer of Qala Console.
;
; On a Windows build machine (Python 3.11 x64, the project's dev extra installed):
;   python build\bundle.py                      -> dist\qala-console\qala-console.exe (+ _internal\)
;   python build\icon.py                        -> resources\icons\qala-console-256.png (already committed)
;   magick resources\icons\qala-console-256.png resources\icons\qala-console.ico   (ImageMagick, once)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build\windows\qala-console.iss
;                                               -> dist\qala-console-0.1.0-setup.exe
; Silent install for district IT: qala-console-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; After installing: "%ProgramFiles%\Qala Console\qala-console.exe" self-check

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B7E-4D0A-4C55-9E0B-6A7C3F2D9B11}
AppName=Qala Console
AppVersion={#AppVersion}
AppPublisher=Qala
DefaultDirName={autopf}\Qala Console
DefaultGroupName=Qala Console
OutputDir=..\..\dist
OutputBaseFilename=qala-console-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\qala-console.ico
UninstallDisplayIcon={app}\qala-console.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\qala-console\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Qala Console"; Filename: "{app}\qala-console.exe"
Name: "{group}\Qala Console self-check"; Filename: "{cmd}"; Parameters: "/k ""{app}\qala-console.exe"" self-check"
Name: "{autodesktop}\Qala Console"; Filename: "{app}\qala-console.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\qala-console.exe"; Description: "{cm:LaunchProgram,Qala Console}"; Flags: nowait postinstall skipifsilent
