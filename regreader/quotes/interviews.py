"""Interviews in question-and-answer form ('Вопрос: ... / Ответ: ...', 'Q: ... / A: ...',
or questions and answers each on a line opening with a dash).

An answer is the interviewee's own text, and the words it quotes in the first person
('In January I ... told them: "..."', 'я каждый раз говорю предпринимателям: «...»')
are theirs too. The interviewee is the person the text names most before the first
question (the lead: 'Глава Тобольска Илья Пермяков ... Мы поговорили с ним').
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from regreader.quotes.dashes import dash_line_starts
from regreader.quotes.people import People, Person
from regreader.quotes.sentences import clause_start

_QUESTION_RE = re.compile(r"^[ \t\u00a0]*(?:Вопрос|Question|В|Q)[ \t\u00a0]*:[ \t\u00a0]", re.M)
_ANSWER_RE = re.compile(r"^[ \t\u00a0]*(?:Ответ|Answer|О|A)[ \t\u00a0]*:[ \t\u00a0]", re.M)
# The speaker of the sentence is the one who answers: 'I told', 'я говорю' (not 'мне
# сказали', where others speak to them).
_FIRST_PERSON_RE = re.compile(r"(?<![\w-])(?:I|[Яя])(?![\w-])")


@dataclass(frozen=True)
class Interview:
    interviewee: Person
    answers: list[tuple[int, int]]  # (start, end) of each answer's line, in text order

    def answers_in_first_person(self, body: str, quote_start: int) -> bool:
        """Whether a quote opening at `quote_start` stands in an answer, in a sentence
        whose speaker is the one answering."""
        # By bisection: a long interview has thousands of answers and quotes.
        index = bisect.bisect_right(self.answers, (quote_start, len(body) + 1)) - 1
        if index < 0:
            return False
        start, end = self.answers[index]
        if not start <= quote_start < end:
            return False
        # The clause before the quote: 'Когда я пришёл на встречу, мне так и сказали:
        # «...»' is what others said to them.
        clause = max(clause_start(body, quote_start), start)
        clause = max(clause, body.rfind(",", clause, max(clause, quote_start - 3)) + 1)
        return _FIRST_PERSON_RE.search(body, clause, quote_start) is not None


def find_interview(body: str, people: People) -> Interview | None:
    """The interview in `body`, if it is one: questions, answers, and someone named first."""
    question = _QUESTION_RE.search(body)
    if question is not None:
        first_question = question.start()
        answers = [(m.start(), _line_end(body, m.start())) for m in _ANSWER_RE.finditer(body)]
    else:
        first_question, answers = _dashed_questions_and_answers(body)
    if not answers:
        return None
    named = Counter(index for start, _, index in people.mentions if start < first_question)
    if not named:
        return None
    most = max(named.values())
    first = next(index for _, _, index in people.mentions if named.get(index) == most)
    return Interview(people.persons[first], answers)


# An interview set out with dashes: '— Успеете к сентябрю?' then '— Успеем. ...'.
_DASHED_QUESTIONS_MIN = 2


def _dashed_questions_and_answers(body: str) -> tuple[int, list[tuple[int, int]]]:
    """Where the first question starts and the answers' lines, when at least two dash
    lines ending in '?' are each followed by a dash line that does not ask; else no
    answers. (Dialogue in a feature says who asks: '— Куда? — спросил он.')"""
    lines = [(start, _line_end(body, start)) for start in dash_line_starts(body)]
    questions: list[int] = []
    answers: list[tuple[int, int]] = []
    for (start, end), (next_start, next_end) in pairwise(lines):
        if _asks(body, start, end) and not _asks(body, next_start, next_end):
            questions.append(start)
            answers.append((next_start, next_end))
    if len(questions) < _DASHED_QUESTIONS_MIN:
        return -1, []
    return questions[0], answers


def _asks(body: str, start: int, end: int) -> bool:
    return body[start:end].rstrip().endswith("?")


def _line_end(body: str, start: int) -> int:
    end = body.find("\n", start)
    return len(body) if end < 0 else end
