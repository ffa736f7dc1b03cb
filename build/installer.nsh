; Kassa's additions to electron-builder's NSIS scripts (electron-builder.yml: nsis.include).
;
; Uninstalling asks whether to keep or remove the shop's data: the fiscal journal, the catalogue,
; the settings and the logs. Electron keeps them per Windows user in %APPDATA%\Kassa
; (app.getPath('userData'); electron/host/default-data-dir.ts), also for a per-machine install,
; so the folder asked about is that of the user running the uninstaller. A silent uninstall
; (/S) and the uninstall that runs during an update always keep it; nothing is removed unasked.

!ifdef BUILD_UNINSTALLER
  ; NSIS has no Azerbaijani; an Azerbaijani Windows shows the English text, which carries both.
  LangString kassaRemoveData 1033 "Remove the shop's data of this Windows user as well?$\r$\n$\r$\nThe folder below holds the fiscal journal, the catalogue, the settings and the logs. Removing deletes them for good; copy the folder somewhere safe first if they may be needed. Keeping them lets a new installation carry on where this one stopped.$\r$\n$\r$\nBu Windows istifadəçisinin mağaza məlumatları da silinsin?$\r$\nAşağıdakı qovluqda fiskal jurnal, kataloq, ayarlar və log faylları saxlanılır. Silinmə onları birdəfəlik məhv edir; lazım ola bilərsə, əvvəlcə qovluğu etibarlı yerə köçürün. Saxlanılsa, yeni quraşdırma işi qaldığı yerdən davam etdirəcək."
  LangString kassaRemoveData 1049 "Удалить также данные магазина этого пользователя Windows?$\r$\n$\r$\nВ папке ниже хранятся фискальный журнал, каталог, настройки и журналы работы программы. Удаление стирает их безвозвратно; если они могут понадобиться, сначала скопируйте папку в надёжное место. Если их оставить, новая установка продолжит с того же места."
  LangString kassaRemoveData 1058 "Видалити також дані магазину цього користувача Windows?$\r$\n$\r$\nУ теці нижче зберігаються фіскальний журнал, каталог, налаштування та журнали роботи програми. Видалення стирає їх назавжди; якщо вони можуть знадобитися, спершу скопіюйте теку в надійне місце. Якщо їх залишити, нова інсталяція продовжить з того ж місця."
!endif

!macro customUnInstall
  ${ifNot} ${isUpdated}
  ${andIfNot} ${Silent}
    ; A per-machine uninstaller works in the all-users context; the data is the user's own.
    SetShellVarContext current
    ${if} ${FileExists} "$APPDATA\${PRODUCT_NAME}\*.*"
      ; The default button keeps the data.
      ${if} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(kassaRemoveData)$\r$\n$\r$\n$APPDATA\${PRODUCT_NAME}" /SD IDNO IDYES`
        RMDir /r "$APPDATA\${PRODUCT_NAME}"
      ${endIf}
    ${endIf}
    ; Shortcuts and registry keys are removed after this, in the install's own context.
    ${if} $installMode == "all"
      SetShellVarContext all
    ${endIf}
  ${endIf}
!macroend
