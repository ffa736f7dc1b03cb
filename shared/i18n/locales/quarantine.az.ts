import type { QuarantineTexts } from './quarantine.en';

export const quarantineAz: QuarantineTexts = {
  title: 'Jurnalın oxuya bilmədiyi sənədlər',
  explain:
    'Bu sənədlər saxlandığı kimi qalır, lakin siyahılara və hesabatlara daxil edilmir: proqram onları geri oxuya bilmir (köhnə versiya tərəfindən yazılıb və ya fayl zədələnib). Hələ göndərilməmiş sənəd siz qərar verənə qədər öz cihazını saxlayır.',
  none: 'Yoxdur: jurnalın bütün sənədləri oxunur.',
  document: '{{kind}} {{uuid}}, {{state}}, jurnala yazılıb: {{time}}',
  problem: 'Nə düzgün deyil: {{problem}}',
  raw: 'Saxlanmış məzmun',
  blocking: '{{device}} cihazını saxlayır: siz qərar verənə qədər heç nə göndərilmir.',
  setAside: 'Kənara qoy: heç vaxt göndərmə',
  confirm: 'Bu sənəd heç vaxt cihaza göndərilməyəcək. Müştəri pulunu ödəyibsə, onu əl ilə rəsmiləşdirin. Təsdiq üçün PIN-inizi daxil edin.',
  confirmMaybeSent: 'Bu sənəd artıq cihaza çatmış ola bilər: onun cavabı itib. Qərar verməzdən əvvəl onu cihazın nəzarət lentində axtarın; kənara qoyulan sənəd bir daha göndərilmir və proqramın hesabatlarında sayılmır. Təsdiq üçün PIN-inizi daxil edin.',
  pin: 'PIN-iniz',
  confirmButton: 'Kənara qoy',
  // Not "Ləğv et": that is the fiscal void of a receipt (Çeki ləğv et); this only closes the question.
  cancel: 'İmtina',
  setAsideBy: '{{who}} tərəfindən {{time}} kənara qoyulub',
  blocked: 'Bir sənəd karantindədir: başqa heç nə göndərilməzdən əvvəl menecer onun barədə qərar verməlidir (Parametrlər › Diaqnostika)',
};
