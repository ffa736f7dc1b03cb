import type { CapabilitiesTexts } from './capabilities.en';

export const capabilitiesRu: CapabilitiesTexts = {
  cashDrawer: 'открытие денежного ящика',
  excise: 'акциз в строке',
  cashRounding: 'округление оплаты наличными по правилу этого устройства',
  currency: {
    AZN: 'суммы в манатах (AZN)',
    UAH: 'суммы в гривнах (UAH)',
    BYN: 'суммы в белорусских рублях (BYN)',
  },
  refund: {
    sale: 'возврат продажи',
    prepayment: 'возврат аванса',
    creditPay: 'возврат платежа по кредиту',
  },
  report: {
    x: 'X-отчёт',
    periodic: 'периодический отчёт',
    controlTape: 'контрольная лента',
    reprint: 'повторная печать последнего чека',
  },
  features: {
    open: 'Оборудование',
    title: 'Что есть в магазине для {{device}}',
    explain: 'Выключите то, чего в магазине нет или что не используется: на кассе не будет кнопки для этого, а программа откажет в таком действии.',
    cashDrawer: 'Денежный ящик подключён',
    credit: 'Продажа в кредит',
    rollBack: 'Разрешить аннулирование (отмену) чеков',
    bonus: 'Принимать бонусные баллы',
    save: 'Сохранить',
    saved: 'Сохранено.',
  },
};
