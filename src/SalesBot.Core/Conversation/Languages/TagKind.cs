namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// What a pack word means to the grammar. The grammar reads these kinds, never the words:
/// a language is a table from its words to these kinds (see <see cref="LanguagePack"/>).
/// </summary>
public enum TagKind
{
    /// <summary>An activity noun or verb; value is the <see cref="Crm.ActivityType"/>, form says its tense.</summary>
    Activity,
    /// <summary>A vague activity verb ("rozmawiałem", "говорил") that a modifier may decide; value is its default type.</summary>
    VagueActivity,
    /// <summary>How it happened ("przez telefon", "по телефону"); value is the activity type it decides.</summary>
    ActivityModifier,
    /// <summary>A verb of sending ("wysłałem", "отправил"): an email when nothing else says what was sent.</summary>
    Send,
    /// <summary>A preposition before a party ("z", "do", "с", "в"); cases says which case the name after it takes.</summary>
    Connector,
    /// <summary>A preposition between a person and their company ("z", "из", "from").</summary>
    Affiliation,
    /// <summary>Words that end a party and start the notes ("w sprawie", "по поводу").</summary>
    NotesMarker,
    /// <summary>A stage name; value is the <see cref="Crm.DealStage"/>. Won and lost words stand alone.</summary>
    Stage,
    /// <summary>The preposition before a stage ("na", "do", "в").</summary>
    StagePrep,
    /// <summary>The noun "stage" ("etap", "стадия"), between a preposition and a stage name.</summary>
    StageNoun,
    /// <summary>A verb that moves a deal ("przesuń", "перевести").</summary>
    MoveVerb,
    /// <summary>A head that opens a new deal ("nowa szansa", "новая сделка"); value 1 opens it as a lead.</summary>
    CreateDeal,
    /// <summary>The word "deal" itself ("szansa", "сделка"), trimmed from deal names.</summary>
    DealNoun,
    /// <summary>Says an amount is being changed ("kwota", "сумма").</summary>
    AmountMarker,
    /// <summary>Says a close date is being changed ("data zamknięcia", "дата закрытия").</summary>
    CloseDateMarker,
    /// <summary>A lost reason; text is the reason as the contract writes it ("to competitor", "no budget").</summary>
    LostReason,
    /// <summary>A head that makes the rest a task ("przypomnij mi", "напомни", "zadanie:").</summary>
    TaskHead,
    /// <summary>A task noun or verb that is a task with a date ("follow-up", "фоллоу-ап").</summary>
    TaskVerb,
    /// <summary>A head that marks a task done ("zrobione:", "готово:").</summary>
    DoneHead,
    /// <summary>A head that starts a plan ("plan na dziś", "план на сегодня").</summary>
    PlanHead,
    Pipeline,
    TaskList,
    Kpi,
    /// <summary>"How did X do" ("jak poszło", "как дела у"): a digest about a person.</summary>
    KpiPerson,
    Standup,
    /// <summary>A question about an account ("co z", "что по"), followed by the account.</summary>
    AccountQuery,
    /// <summary>"Show" ("pokaż", "покажи"): a query about whatever follows.</summary>
    Show,
    /// <summary>"Mine" for a query's scope ("mój", "мои").</summary>
    Self,
    /// <summary>"The team's" for a query's scope ("zespołu", "команды").</summary>
    Team,
    Undo,
    Help,
    /// <summary>Thanks and greetings: chit-chat, never a command.</summary>
    Thanks,
    Negation,
    /// <summary>A hedge ("chyba", "może", "вроде"): the rep is not sure, so a write is only proposed.</summary>
    Hedge,
    /// <summary>A question word or particle ("czy", "ли", "kiedy").</summary>
    Question,
    /// <summary>A future or intention marker ("będę", "буду", "planuję").</summary>
    Future,
    /// <summary>A word that joins two facts ("i", "a potem", "и", "потом").</summary>
    Conjunction,
    /// <summary>A day relative to today; value is the offset in days.</summary>
    RelativeDay,
    /// <summary>A weekday; value is the <see cref="DayOfWeek"/>.</summary>
    Weekday,
    /// <summary>A month name in any case; value is 1-12.</summary>
    Month,
    /// <summary>"last" ("zeszły", "прошлый").</summary>
    Last,
    /// <summary>"this" ("ten", "этот").</summary>
    This,
    /// <summary>"next" ("przyszły", "следующий").</summary>
    Next,
    /// <summary>"in" of "in N days" ("za", "через").</summary>
    In,
    /// <summary>"ago" ("temu", "назад").</summary>
    Ago,
    /// <summary>A period unit; value is its length in days (1, 7, 30, 91, 365).</summary>
    Unit,
    /// <summary>A week noun in a form an ordinal takes ("tydzień", "tygodniu", "неделя", "неделю"): with a number, a week of the year.</summary>
    WeekWord,
    /// <summary>"end of" ("koniec", "конца").</summary>
    EndOf,
    /// <summary>An activity moved to another day ("przełożyłem", "перенесли на"): beside an activity, nothing happened yet.</summary>
    Rescheduled,
    /// <summary>A quarter by itself ("Q1"); value is its number.</summary>
    Quarter,
    /// <summary>A quarter's ordinal, read only before a quarter noun ("I kwartał", "первый квартал"); value is its number.</summary>
    QuarterOrdinal,
    /// <summary>A preposition that belongs to the date after it ("do", "до", "w", "в", "na", "za").</summary>
    DatePrep,
    /// <summary>"by" of a due date ("do", "до", "к").</summary>
    By,
    /// <summary>A word before a time of day ("o", "в").</summary>
    TimePrep,
    /// <summary>A number word ("dwa", "два", "pół").</summary>
    NumberWord,
    /// <summary>An amount multiplier; value is the factor (1000, 1000000).</summary>
    Multiplier,
    /// <summary>A currency word or sign; text is its ISO 4217 code.</summary>
    Currency,
    /// <summary>A word that is never a name ("klient", "клиент", pronouns).</summary>
    NotName,
    /// <summary>A legal form kept inside a company name ("ООО", "sp. z o.o.").</summary>
    LegalForm,
    /// <summary>"Speak Polish": text is the language code asked for.</summary>
    SetLanguage,
    /// <summary>A correction lead-in ("poprawka", "то есть", "właściwie").</summary>
    Correction,
    /// <summary>A word that opens a note ("notatka", "заметка") when followed by a colon.</summary>
    NoteHead,
    /// <summary>Says a planned event did not happen ("nie odbyło się", "не состоялась", "odwołane"): never logged.</summary>
    Cancelled,
    /// <summary>
    /// Says something fell through ("odpada", "отваливаются", "zrezygnowali"): beside an activity it was called off,
    /// so nothing is logged; beside a deal alone the deal is lost (the same words are also its lost stage).
    /// </summary>
    Dropped,
    /// <summary>"закрыл", "zamknąłem" at the end of a clause that starts with a task ("задачу по счёту ... закрыл"): it is done.</summary>
    TaskClosed,
    /// <summary>"When did we last..." ("kiedy ostatnio", "последний раз"): a last-contact question.</summary>
    LastContact,
    /// <summary>Contacts of an account ("kontakty", "контактные лица", "kto jest naszym kontaktem").</summary>
    ContactList,
    /// <summary>A question about logged activities ("co robiłem", "мои встречи", "звонки").</summary>
    ActivityQuery,
    /// <summary>"Who" at the head of a question about people ("kto", "кто").</summary>
    Who,
    /// <summary>"Compare" ("porównaj", "сравни").</summary>
    Compare,
    /// <summary>"How do I" ("jak", "как"): with an action word after it, a how-to question.</summary>
    HowTo,
    /// <summary>A verb that means recording something ("zalogować", "записать"): how-to topics.</summary>
    LogVerb,
    /// <summary>A head that adds a contact ("dodaj kontakt", "новый контакт").</summary>
    AddContact,
    /// <summary>Deals closing in a period ("zamykają się", "закрываются").</summary>
    Closing,
    /// <summary>"Which" ("które", "какие", "с какими"): a question about a set of records, never a record.</summary>
    Which,
    /// <summary>A game or contest ("zakład", "turniej", "квиз"): won or lost over one is no deal.</summary>
    Pastime,
    /// <summary>"but rather" of a correction ("nie z X, tylko z Y", "не с X, а с Y").</summary>
    Contrast,
    /// <summary>A company's place ("zakład", "biuro", "офис", "объект"): the name after it, in the genitive, is the company.</summary>
    Place,
    /// <summary>"If" ("jeśli", "gdyby", "если"): what follows has not happened, so nothing is written.</summary>
    Condition,
    /// <summary>A time of day ("rano", "po południu", "утром", "после обеда"): it may open the next fact of the message.</summary>
    PartOfDay,
    /// <summary>A half said in words before a scale ("pół", "półtora", "полтора"); its value is in tenths.</summary>
    Half,
    /// <summary>A verb that closes a deal ("zamknąć", "закрыть"): after a new deal, with a day, that day is its close date.</summary>
    CloseVerb,
    /// <summary>"Now" ("teraz", "jest już", "теперь"): between a deal and its stage it says the stage is new.</summary>
    Now,
    /// <summary>"Wants" ("chce", "хочет"): after a company that opens a new deal, what it wants is no part of the name.</summary>
    Wants,
    /// <summary>A number sign before a number ("nr", "№"): "tydzień nr 39" is week 39.</summary>
    NumberSign,
    /// <summary>"Close this task" said last ("zamknij to zadanie", "закрой эту задачу"): what came before is the task done.</summary>
    CloseThisTask,
}
