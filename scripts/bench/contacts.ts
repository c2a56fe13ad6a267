/**
 * Where the synthetic school's readers call and write: contacts.yaml (the hotline, the psychologist,
 * the helpline, the office) and communication.yaml (the regular meetings, chats and phone hours).
 */
import { yaml } from './file-text.ts';
import { cityPhone } from './names.ts';
import type { Random } from './random.ts';
import type { Staff, Staffer } from './staff.ts';
import type { Wording } from './wording.ts';

const weekdays = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }];
const contact = (id: string, kind: string, title: string, person: Staffer | undefined, audience: string[], phone?: string) => ({
  id,
  kind,
  title,
  phones: [phone ?? person!.phone],
  ...(person ? { email: person.email } : {}),
  hours: weekdays,
  audience,
  ...(person ? { person: `${person.position} ${person.name}` } : {}),
});

/** Adds contacts.yaml and communication.yaml; `schoolPhone` is the number of the director's phone hours. */
export function addContactFiles(files: Map<string, string>, random: Random, staff: Staff, wording: Wording, schoolPhone: string): void {
  const { director, deputy, deputy2, psychologist, social, it, secretary } = staff;
  files.set(
    'contacts.yaml',
    yaml([
      contact('goryachaya-liniya', 'hotline', wording.contacts.hotline, deputy, ['parents', 'pupils', 'teachers'], cityPhone(random)),
      contact('psiholog', 'psychologist', wording.contacts.psychologist, psychologist, ['parents', 'pupils']),
      contact('detskiy-telefon-doveriya', 'psychologist', wording.contacts.helpline, undefined, ['pupils', 'parents'], '8-800-2000-122'),
      contact('socpedagog', 'social', wording.contacts.social, social, ['parents']),
      contact('priemnaya', 'administration', wording.contacts.reception, secretary, ['parents', 'teachers']),
      contact('zavuch', 'administration', wording.contacts.deputy, deputy2, ['parents', 'teachers']),
      contact('tehpodderzhka', 'it-support', wording.contacts.itSupport, it, ['pupils', 'parents', 'teachers']),
    ]),
  );
  files.set(
    'communication.yaml',
    yaml([
      {
        audience: 'teachers',
        form: 'planning',
        title: 'Утренняя планёрка администрации с учителями',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:45', to: '08:00' }],
        responsible: deputy.id,
        channel: 'Видеозвонок в «Сферуме»',
      },
      {
        audience: 'parents',
        form: 'chat',
        title: 'Родительские чаты классов',
        frequency: 'Ежедневно до 19:00 классный руководитель пишет итоги дня',
        responsible: deputy2.id,
        channel: 'Чат класса в «Сферуме»',
      },
      {
        audience: 'parents',
        form: 'phone',
        title: 'Приём директора по телефону',
        hours: [{ days: ['tue'], from: '15:00', to: '17:00' }],
        responsible: director.id,
        channel: schoolPhone,
      },
      {
        audience: 'pupils',
        form: 'consultation',
        title: 'Разговор с психологом',
        hours: [{ days: ['tue', 'thu'], from: '13:00', to: '17:00' }],
        responsible: psychologist.id,
      },
    ]),
  );
}
