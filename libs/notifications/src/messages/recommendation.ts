import type { Fact, MessageContent } from '../content';
import { formatDate } from '../format';
import type { RecommendationAnswer, RecommendationAnswered } from '../notification';
import { greeting, type MessageContext, optionalFooter, quoted } from './shared';

const ANSWER: Record<RecommendationAnswer, [string, string]> = {
  under_review: ['À l’étude', 'Under review'],
  accepted: ['Acceptée', 'Accepted'],
  partially_accepted: ['Acceptée en partie', 'Partially accepted'],
  rejected: ['Refusée', 'Rejected'],
  implemented: ['Mise en œuvre', 'Implemented'],
};

export function recommendationAnsweredContent(n: RecommendationAnswered, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const answer = say(...ANSWER[n.status]);
  const facts: Fact[] = [{ label: say('Réponse', 'Answer'), value: answer }];
  if (n.owner) facts.push({ label: say('Responsable', 'Owner'), value: n.owner });
  if (n.dueDate) facts.push({ label: say('Échéance', 'Due date'), value: formatDate(n.dueDate, language) });
  return {
    language,
    subject: say(
      `Réponse de la direction générale : ${n.recommendation.title} (${answer})`,
      `Answer from the general directorate: ${n.recommendation.title} (${answer})`,
    ),
    heading: say(
      'La direction générale a répondu à une recommandation',
      'The general directorate has answered a recommendation',
    ),
    paragraphs: [
      greeting(ctx),
      say(
        `La direction générale a répondu à la recommandation ${quoted(ctx, n.recommendation.title)}. Sa réponse : ${answer.toLowerCase()}.`,
        `The general directorate has answered the recommendation ${quoted(ctx, n.recommendation.title)}. Its answer: ${answer.toLowerCase()}.`,
      ),
      say(`Ce qu'elle en dit : ${n.response}`, `What it says: ${n.response}`),
    ],
    facts,
    sections: [],
    action: {
      label: say('Voir la recommandation et son suivi', 'See the recommendation and its follow-up'),
      href: ctx.links.recommendation(n.recommendation.id),
    },
    notes: [],
    ...optionalFooter(ctx, n.bodyName),
  };
}
