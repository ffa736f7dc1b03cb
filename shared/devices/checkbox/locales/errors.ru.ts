import type { CheckboxErrorTexts } from './errors.en';

export const checkboxErrorsRu: CheckboxErrorTexts = {
  shift_not_open: { explanation: 'На кассе не открыта смена.', action: 'Откройте смену и повторите.' },
  register_busy: { explanation: 'На этой кассе работает другой кассир.', action: 'Попросите того кассира закрыть смену или выйти, или работайте на своей кассе.' },
  underpaid: { explanation: 'Оплата меньше суммы чека.', action: 'Возьмите недостающую сумму и повторите.' },
  return_sum_mismatch: { explanation: 'Возврат должен выплатить ровно сумму чека возврата.', action: 'Укажите к выплате сумму чека возврата и повторите.' },
  not_enough_cash: { explanation: 'В кассе нет столько наличных.', action: 'Изымите меньшую сумму или верните деньги на карту.' },
  signer_down: { explanation: 'Checkbox Підпис (программа подписи) не запущена.', action: 'Запустите Checkbox Підпис на компьютере подписи и повторите.' },
  auth_pin: { explanation: 'Неверный пин-код кассира.', action: 'Попросите руководителя проверить пин-код в настройках устройства.' },
  auth_password: { explanation: 'Неверный логин или пароль кассира.', action: 'Попросите руководителя проверить логин и пароль в настройках устройства.' },
  auth_license: { explanation: 'Неверный ключ лицензии кассы.', action: 'Попросите руководителя проверить ключ лицензии в настройках устройства.' },
  auth_token: { explanation: 'Checkbox завершил сессию кассира и не принял новый вход.', action: 'Попросите руководителя проверить кассира в кабинете Checkbox.' },
  auth_deactivated: { explanation: 'Этот кассир деактивирован в Checkbox.', action: 'Попросите руководителя активировать кассира в кабинете Checkbox.' },
  foreign_integration: { explanation: 'Смена открыта в другой программе (Checkbox Kasa).', action: 'Закройте смену в той программе, затем откройте её здесь.' },
  maintenance: { explanation: 'Checkbox временно на технических работах.', action: 'Подождите: чек сохранён и будет отправлен, как только сервис заработает.' },
};
