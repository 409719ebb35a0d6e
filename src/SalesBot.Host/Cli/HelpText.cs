using System.Reflection;
using System.Text;

namespace SalesBot.Host.Cli;

/// <summary>`salesbot --help`, `salesbot VERB --help`, `salesbot help VERB` and `--version`, printed from <see cref="VerbTable"/>.</summary>
public static class HelpText
{
    public static string Version =>
        typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HelpText).Assembly.GetName().Version?.ToString() ?? "0";

    public static string Overview()
    {
        var text = new StringBuilder();
        text.AppendLine("salesbot: the sales CRM you talk to, in Microsoft Teams, Telegram or this terminal.");
        text.AppendLine();
        text.AppendLine("usage: salesbot VERB [options]");
        text.AppendLine("       (from a clone of the repository: dotnet run --project src/SalesBot.Host -- VERB [options])");
        text.AppendLine();
        text.AppendLine("verbs:");
        var width = VerbTable.Verbs.Max(v => v.Name.Length) + 2;
        foreach (var verb in VerbTable.Verbs)
        {
            text.Append("  ").Append(verb.Name.PadRight(width)).AppendLine(FirstSentence(verb.Summary));
        }

        text.AppendLine();
        text.AppendLine("salesbot VERB --help (or salesbot help VERB) explains a verb, its options and their defaults.");
        text.AppendLine("salesbot --version prints the version. A bad argument prints one line on stderr and exits with 2.");
        text.AppendLine("Try it: salesbot chat --as Anna");
        return text.ToString();
    }

    public static string For(VerbSpec verb)
    {
        var text = new StringBuilder();
        text.Append("usage: salesbot ").AppendLine(verb.Synopsis);
        text.AppendLine();
        text.AppendLine(verb.Summary);
        if (verb.Options.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("options:");
            var width = verb.Options.Max(o => o.Usage.Length) + 2;
            foreach (var option in verb.Options)
            {
                text.Append("  ").Append(option.Usage.PadRight(width)).Append(option.Description);
                if (option.Required)
                {
                    text.Append(" (required)");
                }
                else if (option.Default is not null)
                {
                    text.Append(" (default: ").Append(option.Default).Append(')');
                }

                text.AppendLine();
            }
        }

        if (verb.Notes is not null)
        {
            text.AppendLine();
            text.AppendLine(verb.Notes);
        }

        text.AppendLine();
        text.AppendLine(verb.Examples.Count == 1 ? "example:" : "examples:");
        foreach (var example in verb.Examples)
        {
            text.Append("  ").AppendLine(example);
        }

        return text.ToString();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
