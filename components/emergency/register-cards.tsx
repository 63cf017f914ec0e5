import type { SheetCard } from "@/lib/emergency/register-cards";
import { Card, CardList } from "@/components/emergency/sheet-section";
import { DialButtons } from "@/components/emergency/dial-buttons";

/** A register's items as cards: what to quote, then the numbers to call. */
export function RegisterCards({ cards, label }: { cards: readonly SheetCard[]; label: string }) {
  return (
    <CardList label={label}>
      {cards.map((card) => (
        <Card key={card.id} title={card.title}>
          {card.warning ? <p className="rounded bg-red-100 px-2 py-1 text-sm font-medium text-red-900">{card.warning}</p> : null}
          {card.notice ? <p className="rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900">{card.notice}</p> : null}
          {card.facts.length ? (
            <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {card.facts.map((fact) => (
                <div key={fact.label} className="contents">
                  <dt className="text-slate-600">{fact.label}</dt>
                  <dd className="whitespace-pre-wrap">{fact.text}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <DialButtons dials={card.dials} mails={card.mails} none={card.none} />
        </Card>
      ))}
    </CardList>
  );
}
