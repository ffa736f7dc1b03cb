import type { CheckboxErrorTexts } from './errors.en';

export const checkboxErrorsUk: CheckboxErrorTexts = {
  shift_not_open: { explanation: 'На касі не відкрито зміну.', action: 'Відкрийте зміну і повторіть.' },
  register_busy: { explanation: 'На цій касі працює інший касир.', action: 'Попросіть того касира закрити зміну чи вийти, або працюйте на своїй касі.' },
  underpaid: { explanation: 'Оплата менша за суму чеку.', action: 'Візьміть суму, якої бракує, і повторіть.' },
  return_sum_mismatch: { explanation: 'Повернення має виплатити рівно суму чеку повернення.', action: 'Вкажіть до виплати суму чеку повернення і повторіть.' },
  not_enough_cash: { explanation: 'У касі немає стільки готівки.', action: 'Вилучіть меншу суму або поверніть кошти на картку.' },
  signer_down: { explanation: 'Checkbox Підпис (програма підпису) не запущено.', action: 'Запустіть Checkbox Підпис на комп’ютері підпису і повторіть.' },
  auth_pin: { explanation: 'Невірний пін-код касира.', action: 'Попросіть керівника перевірити пін-код у налаштуваннях пристрою.' },
  auth_password: { explanation: 'Невірний логін або пароль касира.', action: 'Попросіть керівника перевірити логін і пароль у налаштуваннях пристрою.' },
  auth_license: { explanation: 'Невірний ключ ліцензії каси.', action: 'Попросіть керівника перевірити ключ ліцензії у налаштуваннях пристрою.' },
  auth_token: { explanation: 'Checkbox завершив сесію касира і не прийняв новий вхід.', action: 'Попросіть керівника перевірити касира в кабінеті Checkbox.' },
  auth_deactivated: { explanation: 'Цього касира деактивовано в Checkbox.', action: 'Попросіть керівника активувати касира в кабінеті Checkbox.' },
  foreign_integration: { explanation: 'Зміну відкрито в іншій програмі (Checkbox Kasa).', action: 'Закрийте зміну в тій програмі, потім відкрийте її тут.' },
  maintenance: { explanation: 'Checkbox тимчасово на технічних роботах.', action: 'Зачекайте: чек збережено, його буде надіслано, щойно сервіс запрацює.' },
};
