/**
 * Field hints for what learning runs on: the platforms and the technical requirements for devices
 * and the internet. Part of the hint table of ../field-help.ts.
 */
import { LINK_RULE, PHONE_RULE, type CollectionHelp } from './common.ts';

/** platforms/<id>.yaml: one learning platform. */
export const platformsHelp: CollectionHelp = {
  about: 'Платформа для обучения; имя файла (например sferum) — её id; всего одна-три платформы, ровно одна основная',
  fields: {
    name: 'Название, как его знают ученики: «Сферум»',
    url: `Адрес платформы: ${LINK_RULE}`,
    kind: 'Для чего платформа, в квадратных скобках: [messenger, video]',
    'kind[]': {
      text: 'Для чего',
      values: {
        lms: 'задания и учебные материалы',
        video: 'видеоуроки',
        messenger: 'чаты и переписка',
        diary: 'электронный дневник и оценки',
        other: 'другое',
      },
    },
    primary: 'true — основная платформа школы (ровно у одной), false — дополнительная',
    description: 'Одно предложение: для чего школа использует платформу',
    support: 'Служба поддержки самой платформы: phone, email, url (любые из них)',
    'support.phone': `Телефон поддержки: ${PHONE_RULE}`,
    'support.email': 'Почта поддержки',
    'support.url': `Страница помощи: ${LINK_RULE}`,
  },
};

/** requirements.yaml: the minimum internet and devices. */
export const requirementsHelp: CollectionHelp = {
  about: 'Минимальные технические требования: скорость интернета и что нужно для каждого устройства',
  fields: {
    internet: 'Скорость интернета, Мбит/с: minMbps (минимум) и recommendedMbps (комфортно)',
    'internet.minMbps': 'Минимальная скорость для видеоурока, Мбит/с: 2',
    'internet.recommendedMbps': 'Рекомендуемая скорость, Мбит/с, не меньше минимальной: 10',
    devices: 'Требования к устройствам; каждое начинается с «- device: …»',
    'devices[]': 'Требования к одному виду устройств',
    'devices[].device': {
      text: 'Вид устройства',
      values: { computer: 'настольный компьютер', laptop: 'ноутбук', tablet: 'планшет', phone: 'телефон' },
    },
    'devices[].os': 'Подходящие операционные системы: [Windows 10, Android 9 и новее]',
    'devices[].os[]': 'Операционная система и версия: «Android 9 и новее»',
    'devices[].browsers': 'Браузеры или приложения: [Яндекс Браузер, приложение «Сферум»]',
    'devices[].browsers[]': 'Браузер или приложение',
    'devices[].ramGb': 'Минимум оперативной памяти, ГБ: 4 (необязательно)',
    'devices[].camera': 'Нужна ли камера: true или false',
    'devices[].microphone': 'Нужен ли микрофон: true или false',
    'devices[].headset': 'Советуем ли наушники с микрофоном: true или false',
    'devices[].note': 'Пояснение для родителей простыми словами (необязательно)',
  },
};
