import type { CasposErrorTexts } from './errors.en';

export const casposErrorsAz: CasposErrorTexts = {
  shiftAlreadyOpen: {
    explanation: 'Növbə aparatda artıq açıqdır.',
    action: 'Heç nə etmək lazım deyil: bu növbədə satışa davam edin.',
  },
  c401: {
    explanation: 'Proqramın kassa aparatına girişi etibarsızdır və ya vaxtı bitib.',
    action: 'Ayarlarda cihaza yenidən daxil olun, sonra təkrarlayın.',
  },
  c403: {
    explanation: 'Cihaza yanlış istifadəçi ilə daxil olunub və ya inteqrasiya rejimi söndürülüb.',
    action: 'Cihazda kassir kimi daxil olun və inteqrasiya rejimini aktivləşdirin, sonra təkrarlayın.',
  },
  c404: {
    explanation: 'Cihaz üçün daxil edilən PIN kod səhvdir.',
    action: 'Düzgün PIN kodu diqqətlə daxil edin: bir neçə səhv cəhddən sonra cihaz bloklanır.',
  },
  c405: {
    explanation: 'Çox sayda səhv PIN kod daxil edildiyi üçün fiskal modul bloklanıb.',
    action: 'Caspos dəstək xidmətinə zəng edin: fiskal modul bloklanıb.',
  },
  c503: {
    explanation: 'Növbə bağlıdır, ona görə cihaz çek qəbul etmir.',
    action: 'Növbəni açın, sonra təkrarlayın.',
  },
  c504: {
    explanation: 'Növbə 24 saatdan artıq açıq qalıb, qanun buna icazə vermir.',
    action: 'Növbəni bağlamaq üçün Z-hesabatı çıxarın, sonra yeni növbə açın.',
  },
  c604: {
    explanation: 'Cihaz çox uzun müddət internetsiz işləyib və artıq çek qəbul etmir.',
    action: 'Cihazı internetə qoşun və yığılmış çekləri göndərənə qədər gözləyin.',
  },
  c607: {
    explanation: 'Ödənilən məbləğ çekin cəminə uyğun gəlmir.',
    action: 'Ödənişləri yoxlayın: cəmi tam ödəməlidir, qalıq isə yalnız nağd puldan verilə bilər.',
  },
  c610: {
    explanation: 'Çekdə heç bir mal yoxdur.',
    action: 'Çekə ən azı bir mal əlavə edin, sonra təkrarlayın.',
  },
  c611: {
    explanation: 'Malların məbləğləri çekin cəminə bərabər deyil.',
    action: 'Hər malın qiymətini, miqdarını və endirimini yoxlayın, sonra təkrarlayın.',
  },
  c613: {
    explanation: 'Çekdəki ƏDV məbləğlərinin cəmi düzgün deyil.',
    action: 'Hər malın ƏDV dərəcəsini yoxlayın; xəta təkrarlanarsa, menecerə zəng edin.',
  },
  c614: {
    explanation: 'Aparat malın məbləğini Kassadan fərqli hesablayır, ona görə çeki qəbul etmədi.',
    action: 'Heç nə fiskallaşdırılmayıb. Menecerə deyin: Kassada aparatın ayarlarında mal məbləğlərini aparatın özü hesablamalıdır.',
  },
  c616: {
    explanation: 'Malın ƏDV növünü cihaz qəbul etmir.',
    action: 'Menecerdən məhsul siyahısında malın ƏDV növünü düzəltməsini xahiş edin, sonra təkrarlayın.',
  },
  c622: {
    explanation: 'Malın markalanma kodunun uzunluğu səhvdir.',
    action: 'Markalanma kodunu qablaşdırmadan yenidən skan edin və ya düzəldin, sonra təkrarlayın.',
  },
  c627: {
    explanation: 'Ləğv etmək istədiyiniz satış cari növbədə deyil.',
    action: 'Bu satışı ləğv etmək əvəzinə qaytarma edin.',
  },
  c628: {
    explanation: 'Daxil edilən ilkin çek bu əməliyyata aid deyil.',
    action: 'İlkin çekin nömrəsini yoxlayın və yenidən daxil edin.',
  },
  c629: {
    explanation: 'Cihaz qalıq məbləğini qəbul etmədi.',
    action: 'Nağd ödənişi və qalığı yoxlayın; xəta təkrarlanarsa, menecerdən cihazı yeniləməsini xahiş edin.',
  },
  c638: {
    explanation: 'Məbləğ ilkin çekin məbləğinə uyğun gəlmir.',
    action: 'Malları və məbləğləri ilkin çeklə tutuşdurun, sonra təkrarlayın.',
  },
  c639: {
    explanation: 'Bu çek artıq ləğv edilib.',
    action: 'Onu yenidən ləğv etməyin; əmin deyilsinizsə, çeklərin siyahısına baxın.',
  },
  c646: {
    explanation: 'Kart ödənişinin RRN nömrəsinin uzunluğu səhvdir.',
    action: 'Kart terminalının çekindən 12 simvollu RRN-i daxil edin.',
  },
  c648: {
    explanation: 'RRN daxil edilib, amma çekdə kartla ödəniş yoxdur.',
    action: 'RRN-i silin və ya kartla ödəniş məbləğini daxil edin.',
  },
};
