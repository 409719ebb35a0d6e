namespace SalesBot.Core.Conversation.Languages;

/// <summary>A tagged stretch of tokens: a pack phrase, a date, an amount, a known name or one unknown word.</summary>
internal sealed class Piece
{
    public Piece(PieceKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public PieceKind Kind { get; set; }
    /// <summary>The first and last token, inclusive.</summary>
    public int First { get; }
    public int Last { get; }
    public PackWord[] Words { get; init; } = [];
    public DateSpec Date { get; init; }
    public decimal Amount { get; init; }
    public string? Currency { get; init; }
    public TimeOnly Time { get; init; }
    /// <summary>The lexicon entries this name matches (two when two readings are possible).</summary>
    public IReadOnlyList<LexiconEntry> Known { get; init; } = [];

    public bool Is(TagKind kind)
    {
        foreach (var w in Words)
        {
            if (w.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public PackWord? Get(TagKind kind)
    {
        foreach (var w in Words)
        {
            if (w.Kind == kind)
            {
                return w;
            }
        }

        return null;
    }

    public bool IsPunct(List<Token> tokens, char c) => Kind == PieceKind.Punct && tokens[First].IsPunct(c);

    public override string ToString() => $"{Kind}[{First}-{Last}]{(Words.Length > 0 ? ":" + string.Join('/', Words.Select(w => w.Kind)) : "")}";
}
