/**
 * The register's result codes (CODES page, spec §6) with its own Russian words, used when an
 * answer carries a code but no text. 419-434 are not in anything we hold: they keep the
 * register's text and go to the generic group.
 */
export const resultCodeTexts: Readonly<Record<number, string>> = {
  399: 'Общая ошибка',
  400: 'Необходимо открыть смену',
  401: 'Требуется авторизация',
  402: 'Сумма должна быть не меньше 0.01',
  403: 'Неверная цена товара',
  404: 'Отрицательная сумма чека',
  405: 'Ошибка токена',
  406: 'Смена уже открыта',
  407: 'Истёк срок действия сертификата',
  408: 'Смена уже закрыта',
  409: 'Касса заблокирована или не инициализирована',
  410: 'Есть незавершённая продажа',
  411: 'Нет чека для аннулирования',
  412: 'Смена открыта более 24 часов',
  413: 'Неверное тело запроса',
  414: 'Сумма должна быть не больше 99999999999.99',
  415: 'Количество должно быть не меньше 0.001',
  416: 'Количество должно быть не больше 9999.999',
  418: 'Для операции требуется RRN',
  435: 'Не передано имя кассира',
};

/** What kind of trouble a code is: who can act on it. */
export type ResultGroup = 'auth' | 'shift' | 'needsCashier' | 'device' | 'request' | 'general';

export function resultGroup(code: number): ResultGroup {
  switch (code) {
    case 401:
    case 405:
      return 'auth';
    case 400:
    case 406:
    case 408:
    case 412:
      return 'shift';
    case 410:
      return 'needsCashier';
    case 407:
    case 409:
      return 'device';
    case 402:
    case 403:
    case 404:
    case 411:
    case 413:
    case 414:
    case 415:
    case 416:
    case 418:
    case 435:
      return 'request';
    default:
      return 'general';
  }
}

export const successCode = 200;

/** 401 and 405: the register did not execute the request, so it may be repeated after AUTH (spec §4). */
export function isAuthRefusal(code: number): boolean {
  return resultGroup(code) === 'auth';
}
