import { practiceFileText, inputFromFlags } from './src/lib/scaffold-practice.ts';
import { loadVocabularies } from './src/lib/load-vocabularies.ts';
const v = loadVocabularies();
const r = inputFromFlags({ title: 'Café: "labour" #1, test', summary: 'A summary that is long enough to pass the fifty character rule, yes.', objective: ['6','23','2'], theme: ['labour-migration','Diaspora engagement'], country: ['SLE','Côte d\'Ivoire'], sdg: ['10.7','17.18','10.c'], status: 'ongoing', start: '2019', implementer: ['ICMPD', 'Ministry of Labour, Sierra Leone'] }, v, { dir: 'content/practices' });
console.log(r.errors);
if (r.input) console.log(practiceFileText(r.input));
console.log(inputFromFlags({ title: 'x'}, v, {dir:'content/practices'}).errors);
console.log(inputFromFlags({ title: 'Sierra Leone National Migration Policy', summary: 'short', objective: ['24','x'], theme: ['labor-migration'], status: 'done', start: '2019-13', implementer: ['a'], type:'programm'}, v, {dir:'content/practices'}).errors);
console.log(inputFromFlags({ title: 'New one here', summary: 'short', objective: ['24','6'], theme: ['labor-migration'], status: 'completed', start: '2019-13', end:'2018', implementer: ['a'], country:['XXX']}, v, {dir:'content/practices'}).errors);
