namespace SalesBot.Host.Cli;

/// <summary>One option of a verb: a flag when <see cref="Value"/> is null, else it takes a value.</summary>
public sealed record OptionSpec(string Name, string? Value, string Description, string? Default = null, bool Required = false)
{
    public bool IsFlag => Value is null;

    public string Usage => IsFlag ? Name : $"{Name} {Value}";
}

/// <summary>
/// What a verb accepts and how it is explained: the command line is checked against it before the verb runs
/// (unknown options, options without a value, missing required options), and help is printed from it.
/// </summary>
public sealed record VerbSpec(string Name, string Synopsis, string Summary, IReadOnlyList<OptionSpec> Options, IReadOnlyList<string> Examples, string? Notes = null)
{
    public OptionSpec? Find(string name) => Options.FirstOrDefault(o => o.Name == name);

    public string[] Flags => Options.Where(o => o.IsFlag).Select(o => o.Name).ToArray();
}
