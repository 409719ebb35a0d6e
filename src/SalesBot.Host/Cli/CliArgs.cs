namespace SalesBot.Host.Cli;

/// <summary>
/// A small, strict reader for "VERB [positional...] [--option value] [--flag]" command lines.
/// Bad arguments become a <see cref="UsageException"/>, which the entry point turns into one line
/// on stderr and exit code 2: the contract every verb keeps.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; }

    private CliArgs(List<string> positionals) => Positionals = positionals;

    /// <summary>
    /// Reads a command line against what <paramref name="verb"/> accepts: an option it does not know, an option
    /// whose value is missing or looks like another option, and every missing required option (in one line) are
    /// refused before the verb runs.
    /// </summary>
    public static CliArgs Parse(VerbSpec verb, IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!LooksLikeOption(arg))
            {
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            var option = verb.Find(name)
                ?? throw new UsageException($"unknown option {name} for {verb.Name} (salesbot {verb.Name} --help lists them)");
            if (option.IsFlag)
            {
                if (eq > 0)
                {
                    throw new UsageException($"option {name} takes no value");
                }

                continue;
            }

            if (eq < 0)
            {
                if (i + 1 >= list.Count)
                {
                    throw new UsageException($"option {option.Usage} needs a value");
                }

                if (LooksLikeOption(list[i + 1]))
                {
                    throw new UsageException($"option {option.Usage} needs a value, not the option {list[i + 1]}");
                }

                i++;
            }
        }

        var result = Parse(list, verb.Flags);
        var missing = verb.Options.Where(o => o.Required && string.IsNullOrEmpty(result._options.GetValueOrDefault(o.Name))).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"{verb.Name} needs {string.Join(" and ", missing.Select(o => o.Usage))}");
        }

        return result;
    }

    /// <summary>"--name" or "-x"; a negative number or a lone "-" is a value.</summary>
    private static bool LooksLikeOption(string arg) =>
        (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
        || (arg.Length > 1 && arg[0] == '-' && char.IsAsciiLetter(arg[1]));

    /// <param name="flags">Options that take no value (e.g. "--json").</param>
    public static CliArgs Parse(IEnumerable<string> args, params string[] flags)
    {
        var positionals = new List<string>();
        var result = new CliArgs(positionals);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                var name = eq > 0 ? arg[..eq] : arg;
                if (result._options.ContainsKey(name))
                {
                    throw new UsageException($"option {name} is given twice");
                }

                if (eq > 0)
                {
                    result._options[name] = arg[(eq + 1)..];
                }
                else if (flags.Contains(name))
                {
                    result._options[name] = null;
                }
                else if (e.MoveNext())
                {
                    result._options[name] = e.Current;
                }
                else
                {
                    throw new UsageException($"option {name} needs a value");
                }
            }
            else
            {
                positionals.Add(arg);
            }
        }

        return result;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Option(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public string RequiredOption(string name) =>
        Option(name) is { Length: > 0 } value ? value : throw new UsageException($"{name} is required");

    public string Positional(int index, string what) =>
        index < Positionals.Count ? Positionals[index] : throw new UsageException($"{what} is required");

    /// <summary>Call after reading every option a verb knows: anything left is a typo the user should hear about.</summary>
    public void EnsureNoUnknownOptions(int maxPositionals)
    {
        var unknown = _options.Keys.FirstOrDefault(k => !_read.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"unknown option {unknown}");
        }

        if (Positionals.Count > maxPositionals)
        {
            throw new UsageException($"unexpected argument '{Positionals[maxPositionals]}'");
        }
    }
}

/// <summary>A bad command line: reported as one line on stderr with exit code 2, and nothing written.</summary>
public sealed class UsageException(string message) : Exception(message);
