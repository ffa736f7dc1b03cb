import type { CapabilitiesTexts } from './capabilities.en';

export const capabilitiesUk: CapabilitiesTexts = {
  cashDrawer: 'відкриття грошової скриньки',
  excise: 'акциз у рядку',
  cashRounding: 'заокруглення готівкової оплати за правилом цього пристрою',
  currency: {
    AZN: 'суми в манатах (AZN)',
    UAH: 'суми в гривнях (UAH)',
    BYN: 'суми в білоруських рублях (BYN)',
  },
  refund: {
    sale: 'повернення продажу',
    prepayment: 'повернення авансу',
    creditPay: 'повернення платежу за кредитом',
  },
  report: {
    x: 'X-звіт',
    periodic: 'періодичний звіт',
    controlTape: 'контрольна стрічка',
    reprint: 'повторний друк останнього чека',
  },
  features: {
    open: 'Обладнання',
    title: 'Що є в магазині для {{device}}',
    explain: 'Вимкніть те, чого в магазині немає або що не використовується: на касі не буде кнопки для цього, а програма відмовить у такій дії.',
    cashDrawer: 'Грошову скриньку підключено',
    credit: 'Продаж у кредит',
    rollBack: 'Дозволити анулювання (скасування) чеків',
    bonus: 'Приймати бонусні бали',
    save: 'Зберегти',
    saved: 'Збережено.',
  },
};
