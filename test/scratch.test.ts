import { it } from 'vitest';
import { QuestionReader } from '../src/conversation/understand.js';
import { FixedClock } from './fakes/fixed-clock.js';
import { demoData } from './helpers/demo.js';
it('scratch', async () => {
  const data = await demoData(new FixedClock('2026-11-23T09:00:00Z'));
  const r = new QuestionReader(data);
  const qs = [
    'när är nästa möte?',
    'nästa möte för välfärdsrådet',
    'När är nästa möte med valfärdsrådet',
    'nasta mote',
    'var är mötet?',
    'hur ansluter jag',
    'dagordningen',
    'vad står på dagordningen för chefsnätverket',
    'punkt 5',
    'vem föredrar punkt 5?',
    'vem föredrar ärende 6',
    'bilagor till punkt 5',
    'förslag till beslut punkt 4',
    'hjärtsvikt',
    'tillnyktring',
    'kalendarium',
    'kommande möten',
    'vad beslutades om tillnyktringsplatser?',
    'vad betalar Falun för RSS?',
    'hur mycket betalar regionen för utvecklingsledarna',
    'hjälp',
    'help',
    'when is the next meeting?',
    'who presents item 5?',
    'agenda',
    'what was decided about heart failure',
    'xyzzy',
    'hej',
    'english please',
    'mina möten',
    'vad kostar RSS för Malung-Sälen',
    'dagordning 3 april 2020',
    'femte punkten',
    'Punkt fem',
    'vad handlar punkt 7 om',
    'vilka möten är inställda',
    'när träffas styrgruppen',
    'sök hjärtsvikt',
    'var står beslutet om tillnyktringsplatser?',
    'Vem föredrar punkt 5',
    'nästa möte CHNV',
  ];
  for (const q of qs) {
    const u = r.read(q);
    console.log(
      q.padEnd(55),
      u.intent.padEnd(18),
      JSON.stringify(u.entities),
      '|',
      u.topic,
      '|',
      u.lang,
      u.confidence.toFixed(1),
    );
  }
});
