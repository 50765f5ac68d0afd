// The answers given so far, in plain words, for the last page of easy read.
import type { CallerOutputs } from "@coproduce/api";
import { FEEDBACK_RATINGS } from "@coproduce/shared/vocabulary";
import type { Answers } from "../../lib/feedback-answers";

type FormOptions = CallerOutputs["feedback"]["formOptions"];

interface EasyReadAnswersProps {
  answers: Answers;
  targetTitle: string;
  groups: FormOptions["stakeholderGroups"];
  places: FormOptions["places"];
}

const notSaid = "You did not say";

export function EasyReadAnswers({ answers, targetTitle, groups, places }: EasyReadAnswersProps) {
  const rows: [string, string][] = [
    ["About", targetTitle],
    [
      "What you think",
      FEEDBACK_RATINGS.find((r) => String(r.value) === answers.rating)?.label ?? notSaid,
    ],
    ["What you told us", answers.body],
    ["Who you are", groups.find((g) => g.key === answers.group)?.name ?? notSaid],
    ["Where you live", places.find((p) => p.id === answers.place)?.name ?? notSaid],
    ["Your name", answers.name || notSaid],
    ["How to contact you", answers.contact || notSaid],
    ["Email us the reply to", answers.replyEmail || "No email"],
  ];
  return (
    <dl className="answers">
      {rows.map(([question, answer]) => (
        <div key={question}>
          <dt>{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
