/** Components every chapter can use without importing them (passed to `<Content components>`). */
import Term from './Term.astro';
import Callout from './Callout.astro';
import Objectives from './Objectives.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import Question from './Question.astro';
import Figure from './Figure.astro';
import OmlLadder from '../diagrams/OmlLadder.astro';
import ToolStack from '../diagrams/ToolStack.astro';
import MdfLifecycle from '../diagrams/MdfLifecycle.astro';

export const contentComponents = { Term, Callout, Objectives, KnowledgeCheck, Question, Figure, OmlLadder, ToolStack, MdfLifecycle };
