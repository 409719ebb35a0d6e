using System.Collections;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// The rows of a pack, written as collection initialisers: <c>{ TagKind.Undo, "cofnij", "anuluj" }</c>,
/// <c>{ ActivityType.Call, WordForm.Past, "dzwoniłem", "dzwoniłam" }</c>, <c>{ TagKind.Connector, NameCase.Genitive, "do" }</c>.
/// </summary>
public sealed class PhraseList : IEnumerable<PackPhrase>
{
    private readonly List<PackPhrase> _phrases = [];

    public void Add(TagKind kind, params string[] phrases) => Add(new PackWord(kind), phrases);

    public void Add(TagKind kind, int value, params string[] phrases) => Add(new PackWord(kind, value), phrases);

    public void Add(TagKind kind, Coded text, params string[] phrases) => Add(new PackWord(kind, Text: text.Text), phrases);

    public void Add(TagKind kind, NameCase cases, params string[] phrases) => Add(new PackWord(kind, Cases: cases), phrases);

    public void Add(ActivityType activity, WordForm form, params string[] phrases) => Add(new PackWord(TagKind.Activity, (int)activity, form), phrases);

    public void Add(TagKind kind, ActivityType activity, params string[] phrases) => Add(new PackWord(kind, (int)activity), phrases);

    public void Add(TagKind kind, ActivityType activity, WordForm form, params string[] phrases) => Add(new PackWord(kind, (int)activity, form), phrases);

    public void Add(DealStage stage, params string[] phrases) => Add(new PackWord(TagKind.Stage, (int)stage), phrases);

    public void Add(TagKind kind, DayOfWeek day, params string[] phrases) => Add(new PackWord(kind, (int)day), phrases);

    public void Add(PackWord word, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            _phrases.Add(new PackPhrase(phrase, word));
        }
    }

    public IEnumerator<PackPhrase> GetEnumerator() => _phrases.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
