; Rapport's Windows installer (Inno Setup 6).
; Saved as UTF-8 with a byte-order mark, so that Inno Setup before 6.3 reads the Russian text right.
;
; Build the bundle first (`pyinstaller --noconfirm --clean build.spec` makes dist\Rapport\), then:
;   iscc /DAppVersion=0.1.0 resources\packaging\windows\rapport.iss
; which writes dist\Rapport-0.1.0-windows-x64-setup.exe. /DBundleDir=... and /DOutputDir=...
; override where the bundle is read from and the installer written to.
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\Rapport. The journal
; lives elsewhere (%LOCALAPPDATA%\Rapport, platformdirs' user data folder) and nothing here ever
; deletes it: the uninstaller removes only the files this installer copied, and setup refuses
; to install into the data folder itself.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; Windows' file version is numbers only: 0.1.0rc1, 0.2.0.dev3 or 0.1.0-beta become 0.1.0.
#define NumericVersion AppVersion
#define CutAt(str Marker) Pos(Marker, NumericVersion) > 0 ? Copy(NumericVersion, 1, Pos(Marker, NumericVersion) - 1) : NumericVersion
#define NumericVersion CutAt("-")
#define NumericVersion CutAt("+")
#define NumericVersion CutAt(".dev")
#define NumericVersion CutAt(".post")
#define NumericVersion CutAt("rc")
#define NumericVersion CutAt("a")
#define NumericVersion CutAt("b")
#define RepoRoot AddBackslash(SourcePath) + "..\..\.."
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\Rapport"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

[Setup]
; The AppId identifies Rapport to Windows across versions: never change it.
AppId={{FF6FFC4C-7746-4245-BCC0-AB3A0734F453}
AppName=Rapport
AppVersion={#AppVersion}
AppVerName=Rapport {#AppVersion}
AppPublisher=Rapport
VersionInfoVersion={#NumericVersion}
VersionInfoProductName=Rapport
PrivilegesRequired=lowest
; {localappdata}\Programs is where {autopf} points for a per-user install (and Wine can expand it)
DefaultDirName={localappdata}\Programs\Rapport
DefaultGroupName=Rapport
DisableProgramGroupPage=yes
UninstallDisplayName=Rapport
UninstallDisplayIcon={app}\Rapport.exe
SetupIconFile={#RepoRoot}\resources\icons\rapport.ico
OutputDir={#OutputDir}
OutputBaseFilename=Rapport-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.DataFolderRefused=This is the folder where Rapport keeps your journal. Please choose another folder for the program.
ru.DataFolderRefused=В этой папке Rapport хранит ваш журнал. Выберите для программы другую папку.
en.JournalKept=Rapport has been removed. Your journal and its backups were kept in:%n%1%n%nDelete that folder yourself if you no longer need them.
ru.JournalKept=Rapport удалён. Ваш журнал и его резервные копии сохранены в папке:%n%1%n%nЕсли они больше не нужны, удалите эту папку вручную.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Rapport"; Filename: "{app}\Rapport.exe"
Name: "{autodesktop}\Rapport"; Filename: "{app}\Rapport.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Rapport.exe"; Description: "{cm:LaunchProgram,Rapport}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the journal is never removed by the uninstaller.

[Code]
function JournalFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Rapport');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslashUnlessRoot(WizardDirValue), JournalFolder()) = 0) then
  begin
    SuppressibleMsgBox(CustomMessage('DataFolderRefused'), mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(JournalFolder()) and not UninstallSilent() then
    SuppressibleMsgBox(FmtMessage(CustomMessage('JournalKept'), [JournalFolder()]), mbInformation, MB_OK, IDOK);
end;
