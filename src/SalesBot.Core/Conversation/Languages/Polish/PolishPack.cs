using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages.Polish;

/// <summary>Polish as reps type it: every gender and aspect of the verbs they use, with or without diacritics.</summary>
public static class PolishPack
{
    private const NameCase Nom = NameCase.Nominative;
    private const NameCase Ins = NameCase.Instrumental;
    private const NameCase Gen = NameCase.Genitive;
    private const NameCase Dat = NameCase.Dative;
    private const NameCase Acc = NameCase.Accusative;
    private const NameCase Loc = NameCase.Locative;

    public static LanguagePack Pack { get; } = new()
    {
        Code = "pl",
        Letters = "ąćęłńśźżĄĆĘŁŃŚŹŻ",
        Words = Words(),
        Settings = Settings(),
        Tips = new TipWords("pl",
            ["porada", "rada", "wskazówka", "wskazowka", "porada dla zespołu", "porada dla zespolu", "tip"],
            ["najlepsze porady", "pokaż najlepsze porady", "pokaz najlepsze porady", "top porady", "porady", "pokaż porady", "pokaz porady",
             "najlepsze wskazówki", "najlepsze wskazowki", "jakie są najlepsze porady", "jakie sa najlepsze porady"]),
        NameEndings =
        [
            // People: a fleeting e before -l ("Wróblem" is "Wróbel"), surnames as adjectives, then feminine and masculine endings.
            new("blem", "bel", Ins, PersonOnly: true), new("blowi", "bel", Dat, PersonOnly: true), new("bla", "bel", Gen | Acc, PersonOnly: true),
            // A fleeting e before -k after a consonant: "Sławkiem", "Leszkowi", "Tadka" are "Sławek", "Leszek", "Tadek"; "Stępnia" is
            // "Stępień". A genitive in -ska, -cka, -nka is left alone: "Nowicka", "Kowalska", "Hanka" are women in the nominative;
            // -lk keeps its cluster ("Wilkiem" is "Wilk").
            new("wkiem", "wek", Ins, PersonOnly: true), new("wkowi", "wek", Dat, PersonOnly: true), new("wka", "wek", Gen | Acc, PersonOnly: true),
            new("tkiem", "tek", Ins, PersonOnly: true), new("tkowi", "tek", Dat, PersonOnly: true), new("tka", "tek", Gen | Acc, PersonOnly: true),
            new("rkiem", "rek", Ins, PersonOnly: true), new("rkowi", "rek", Dat, PersonOnly: true), new("rka", "rek", Gen | Acc, PersonOnly: true),
            new("dkiem", "dek", Ins, PersonOnly: true), new("dkowi", "dek", Dat, PersonOnly: true), new("dka", "dek", Gen | Acc, PersonOnly: true),
            new("ckiem", "cek", Ins, PersonOnly: true), new("ckowi", "cek", Dat, PersonOnly: true),
            new("szkiem", "szek", Ins, PersonOnly: true), new("szkowi", "szek", Dat, PersonOnly: true),
            new("czkiem", "czek", Ins, PersonOnly: true), new("czkowi", "czek", Dat, PersonOnly: true),
            
            new("nkiem", "nek", Ins, PersonOnly: true), new("nkowi", "nek", Dat, PersonOnly: true),
            new("łkiem", "łek", Ins, PersonOnly: true), new("łkowi", "łek", Dat, PersonOnly: true), new("łka", "łek", Gen | Acc, PersonOnly: true),
            new("skiem", "sek", Ins, PersonOnly: true), new("skowi", "sek", Dat, PersonOnly: true),
            new("pnia", "pień", Gen | Acc, PersonOnly: true), new("pniem", "pień", Ins, PersonOnly: true), new("pniowi", "pień", Dat, PersonOnly: true),
            new("skiego", "ski", Gen | Acc, PersonOnly: true), new("ckiego", "cki", Gen | Acc, PersonOnly: true),
            new("skiemu", "ski", Dat, PersonOnly: true), new("ckiemu", "cki", Dat, PersonOnly: true),
            new("skim", "ski", Ins | Loc, PersonOnly: true), new("ckim", "cki", Ins | Loc, PersonOnly: true),
            new("skiej", "ska", Gen | Dat | Loc, PersonOnly: true), new("ckiej", "cka", Gen | Dat | Loc, PersonOnly: true),
            new("ską", "ska", Ins | Acc, PersonOnly: true), new("cką", "cka", Ins | Acc, PersonOnly: true), new("ska", "ska", Nom | Ins | Acc, PersonOnly: true), new("cka", "cka", Nom | Ins | Acc, PersonOnly: true),
            new("ski", "ski", Nom, PersonOnly: true), new("cki", "cki", Nom, PersonOnly: true), new("dzki", "dzki", Nom, PersonOnly: true),
            new("ii", "ia", Gen | Dat | Loc, PersonOnly: true),
            // A soft final consonant is written si, ci, ni, zi before an ending: "Banasiem" is "Banaś", "Gołdyniem" is "Gołdyń".
            new("siem", "ś", Ins, PersonOnly: true), new("siowi", "ś", Dat, PersonOnly: true), new("ciem", "ć", Ins, PersonOnly: true), new("ciowi", "ć", Dat, PersonOnly: true),
            new("niem", "ń", Ins, PersonOnly: true), new("niowi", "ń", Dat, PersonOnly: true), new("ziem", "ź", Ins, PersonOnly: true),
            new("cie", "ta", Dat | Loc, PersonOnly: true), new("dzie", "da", Dat | Loc, PersonOnly: true),
            new("rze", "ra", Dat | Loc, PersonOnly: true), new("dze", "ga", Dat | Loc, PersonOnly: true),
            new("sce", "ska", Dat | Loc, PersonOnly: true), new("ce", "ka", Dat | Loc, PersonOnly: true),
            new("ie", "a", Dat | Loc, PersonOnly: true),
            new("a", "a", Ins, PersonOnly: true), new("e", "a", Acc, PersonOnly: true),
            new("y", "a", Gen, PersonOnly: true), new("a", "", Gen | Acc, PersonOnly: true),
            // Everyone, companies too: "Orlenem", "Comarchu", "Orlenie", "Orlenowi".
            // Latin-looking stems spell x as ks when declined ("Budimeksu", "w Maspeksie"); -cie, -dzie, -rze soften t, d, r.
            new("ksie", "x", Loc), new("ksem", "x", Ins), new("ksowi", "x", Dat), new("ksu", "x", Gen | Loc | Dat),
            new("cie", "t", Loc), new("dzie", "d", Loc), new("rze", "r", Loc), new("ei", "ea", Gen | Dat | Loc), new("ii", "ia", Gen | Dat | Loc),
            // "do Piekarni", "w Drukarni": -arnia, -ernia; a plural name's genitive ("Zakładów Mięsnych" is "Zakłady Mięsne").
            new("arni", "arnia", Gen | Dat | Loc), new("erni", "ernia", Gen | Dat | Loc), new("elni", "elnia", Gen | Dat | Loc), new("ilni", "ilnia", Gen | Dat | Loc), new("dni", "dnia", Gen | Dat | Loc), new("chni", "chnia", Gen | Dat | Loc), new("owni", "ownia", Gen | Dat | Loc), new("alni", "alnia", Gen | Dat | Loc), new("ów", "y", Gen),
            new("ych", "e", Gen | Loc, Adjective: true), new("ich", "ie", Gen | Loc, Adjective: true),
            new("mie", "ma", Loc), new("sie", "sa", Loc), new("sce", "ska", Dat | Loc), new("ce", "ka", Dat | Loc), new("dze", "ga", Dat | Loc),
            // A company named by an adjective and a noun declines both ("u Cyfrowego Polsatu", "z Nowym Stylem").
            new("kiego", "ki", Gen | Acc, Adjective: true), new("owego", "owy", Gen | Acc, Adjective: true), new("nego", "ny", Gen | Acc, Adjective: true),
            new("kiemu", "ki", Dat, Adjective: true), new("owemu", "owy", Dat, Adjective: true), new("nemu", "ny", Dat, Adjective: true),
            new("owym", "owy", Ins | Loc, Adjective: true), new("nym", "ny", Ins | Loc, Adjective: true),
            new("kiej", "ka", Gen | Dat | Loc, Adjective: true), new("owej", "owa", Gen | Dat | Loc, Adjective: true), new("nej", "na", Gen | Dat | Loc, Adjective: true),
            // Feminine genitive -y after a consonant ("Pesy", "Grupy"); "Vandelay", "Sony" keep theirs.
            new("sy", "sa", Gen), new("py", "pa", Gen), new("my", "ma", Gen), new("ty", "ta", Gen), new("ry", "ra", Gen), new("wy", "wa", Gen), new("by", "ba", Gen), new("dy", "da", Gen), new("ły", "ła", Gen), new("zy", "za", Gen), new("fy", "fa", Gen), new("cy", "ca", Gen | Dat | Loc),
            new("owi", "", Dat), new("ki", "ka", Gen), new("gi", "ga", Gen), new("ą", "a", Ins), new("ę", "a", Acc), new("a", "", Acc), new("iem", "", Ins), new("em", "", Ins), new("ie", "", Loc), new("u", "", Gen | Loc | Dat),
            // A feminine locative reads the same ("w Ekostrefie", "w Agrowie"): a second reading, taken only where BaseHints say so.
            new("fie", "fa", Loc), new("bie", "ba", Loc), new("pie", "pa", Loc), new("wie", "wa", Loc), new("nie", "na", Loc),
        ],
        // "w Ekotermie", "w Farmabisie" are "Ekoterm", "Farmabis"; "w Agrofermie" is "Agroferma": roots whose gender is known.
        BaseHints =
        [
            "term", "therm", "system", "chem", "rem", "prom", "kom", "tom", "dom", "bis", "vis", "wis", "tis", "nis", "mis", "pus", "bus", "mus", "nus", "tus",
            "kos", "ros", "mos", "los", "las", "ras", "pas", "tes", "les", "mes", "sys", "plus", "tras", "pis",
            "forma", "firma", "ferma", "norma", "rama", "gama", "kasa", "masa", "strefa", "sfera", "vita", "wita", "flora", "szkoła", "grupa", "lina", "mina",
        ],
        StemEndings =
        [
            "iego", "iemu", "owie", "ami", "ach", "owi", "ego", "emu", "iem", "ich", "ych", "om", "em", "im", "ym", "ej", "ie",
            "a", "e", "i", "o", "u", "y",
        ],
        CommonNouns =
        [
            "bank", "banku", "bankiem", "banki", "banków", "urząd", "urzędu", "urzędzie", "sklep", "sklepu", "szpital", "szpitala", "szpitalu", "szkoła", "szkoły", "szkole",
            "hotel", "hotelu", "hotelem", "restauracja", "restauracji", "kawiarnia", "kawiarni", "miasto", "mieście", "miasta", "dom", "domu", "praca", "pracy", "samochód", "samochodu",
            "serwis", "serwisu", "serwisie", "poczta", "poczty", "poczcie", "wdrożenie", "wdrożeniu", "wdrożenia", "harmonogram", "harmonogramem", "harmonogramie", "harmonogramu",
            "licencja", "licencje", "licencji", "licencjami", "oferta", "ofertą", "ofercie", "oferty", "umowa", "umową", "umowie", "umowy", "cena", "ceną", "cenie", "ceny", "cennik", "cennikiem", "cenniku",
            "budżet", "budżecie", "budżetu", "projekt", "projekcie", "projektu", "pilot", "pilocie", "pilotaż", "pilotażu", "szkolenie", "szkoleniu", "szkolenia", "integracja", "integracji",
            "migracja", "migracji", "faktura", "fakturą", "fakturze", "faktury", "płatność", "płatności", "prezentacja", "podsumowanie", "podsumowaniem", "dokumenty", "dokumentami", "dokumentów",
            "rabat", "rabacie", "rabatu", "warunki", "warunkach", "warunków", "termin", "terminie", "terminu", "problem", "problemem", "problemie", "reklamacja", "reklamacji", "zamówienie", "zamówieniu", "zamówienia",
            "wycena", "wyceną", "wyceny", "wycenie", "próbki", "próbkami", "katalog", "katalogiem", "specyfikacja", "specyfikacją",
            "spotkaniem", "kawą", "lunchem", "obiadem", "kolacją", "nim", "nią", "nimi", "kimś", "kimś", "wszystkimi", "resztą", "zespołem",
        ],
        FleetingVowels = [("ek", "k"), ("ec", "c")],
        Vowels = "aeiouyаеиоуыэюя",
        FirstNames =
        [
            "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta",
            "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Julia", "Karolina", "Marta", "Beata",
            "Dorota", "Halina", "Jadwiga", "Jolanta", "Iwona", "Justyna", "Paulina", "Ola", "Kasia", "Basia", "Gosia", "Asia",
            "Ania", "Ula", "Urszula", "Weronika", "Wiktoria", "Zuzanna", "Alicja", "Emilia", "Patrycja", "Sylwia", "Renata",
            "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam", "Marek", "Łukasz",
            "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Robert", "Kamil",
            "Józef", "Janusz", "Kacper", "Bartek", "Bartosz", "Szymon", "Filip", "Igor", "Kuba", "Tomek", "Wojtek", "Jacek",
            "Leszek", "Przemek", "Przemysław", "Sebastian", "Damian", "Artur", "Daniel", "Dawid", "Karol", "Konrad", "Hubert",
            "Ben", "Chloe", "Kevin", "Tom", "Mark", "John", "Sarah", "Laura", "Olga", "Ivan", "Iwan",
            "Zbyszek", "Staszek", "Franek", "Heniek", "Józek", "Rysiek", "Mietek", "Wiesiek", "Tadek", "Krzysiek", "Grzesiek", "Jurek", "Romek", "Darek",
            "Mirek", "Arek", "Jarek", "Waldek", "Radek", "Stanisław", "Tadeusz", "Ryszard", "Henryk", "Kazimierz", "Mirosław", "Jarosław", "Wiesław",
            "Roman", "Zdzisław", "Czesław", "Edward", "Władysław", "Mikołaj", "Antoni", "Stefan", "Wiktor", "Oskar", "Norbert", "Patryk", "Adrian",
            "Agata", "Edyta", "Grażyna", "Bożena", "Lucyna", "Wanda", "Irena", "Ilona", "Izabela", "Iza", "Kinga", "Klaudia", "Lidia", "Hanna", "Helena",
            "Gabriela", "Dominika", "Ewelina", "Magda", "Marzena", "Milena", "Oliwia", "Zosia", "Jola", "Ela", "Kamila", "Aneta", "Daria",
        ],
    };

    private static SettingWords Settings() => new()
    {
        Code = "pl",
        Fillers = ["proszę", "prosze", "nasz", "naszego", "nasze", "nasza", "codzienny", "codzienne", "tygodniowe", "kpi"],
        SetVerbs = ["ustaw", "zmień", "zmien", "przesuń", "przesun", "przenieś", "przenies", "daj", "niech będzie", "niech bedzie", "włącz", "wlacz"],
        Links = ["o", "na", "w", "we", "od", "co", "jako", "godzina", "godz", "=", "to"],
        OnVerbs = ["wysyłaj", "wysylaj", "wysyłajcie", "wyślij", "wyslij", "publikuj", "pokazuj", "pokaż", "pokaz", "wrzucaj", "wstawiaj", "włącz", "wlacz", "dawaj"],
        OffVerbs = ["nie wysyłaj", "nie wysylaj", "nie publikuj", "nie pokazuj", "ukryj", "ukrywaj", "przestań wysyłać", "przestan wysylac", "przestań pokazywać", "przestan pokazywac", "wyłącz", "wylacz", "bez"],
        OnWords = ["tak", "wł", "wl", "on", "włączone", "wlaczone"],
        OffWords = ["nie", "wył", "wyl", "off", "wyłączone", "wylaczone", "brak"],
        Places = ["na kanale", "na kanał", "na kanal", "w kanale", "do kanału", "do kanalu", "na grupie", "na grupę", "na grupe", "w grupie", "do grupy", "na czacie", "na czat", "w czacie"],
        Switches = new Dictionary<string, string>
        {
            ["podsumowanie"] = "digest_in_channel", ["podsumowania"] = "digest_in_channel", ["digest"] = "digest_in_channel", ["raport tygodniowy"] = "digest_in_channel",
            ["kwoty"] = "amounts_in_channel", ["kwot"] = "amounts_in_channel", ["kwoty transakcji"] = "amounts_in_channel", ["kwoty szans"] = "amounts_in_channel", ["wartości"] = "amounts_in_channel", ["wartosci"] = "amounts_in_channel",
        },
        Subjects = new Dictionary<string, (string, SettingValue)>
        {
            ["stand-up"] = ("standup_time", SettingValue.Time), ["standup"] = ("standup_time", SettingValue.Time), ["stand up"] = ("standup_time", SettingValue.Time),
            ["odprawa"] = ("standup_time", SettingValue.Time), ["odprawę"] = ("standup_time", SettingValue.Time), ["odprawe"] = ("standup_time", SettingValue.Time), ["poranna odprawa"] = ("standup_time", SettingValue.Time),
            ["podsumowanie"] = ("digest", SettingValue.DayAndTime), ["digest"] = ("digest", SettingValue.DayAndTime),
            ["cisza nocna"] = ("quiet_hours", SettingValue.Hours), ["godziny ciszy"] = ("quiet_hours", SettingValue.Hours), ["cisza"] = ("quiet_hours", SettingValue.Hours),
            ["przypomnienie o planie"] = ("plan_prompt_lead", SettingValue.Minutes), ["pytanie o plan"] = ("plan_prompt_lead", SettingValue.Minutes),
            ["strefa czasowa"] = ("time_zone", SettingValue.TimeZone), ["strefę czasową"] = ("time_zone", SettingValue.TimeZone), ["strefe czasowa"] = ("time_zone", SettingValue.TimeZone),
            ["waluta"] = ("currency", SettingValue.Currency), ["walutę"] = ("currency", SettingValue.Currency), ["walute"] = ("currency", SettingValue.Currency), ["waluta zespołu"] = ("currency", SettingValue.Currency), ["waluta zespolu"] = ("currency", SettingValue.Currency),
            ["język zespołu"] = ("language", SettingValue.Language), ["jezyk zespolu"] = ("language", SettingValue.Language), ["język kanału"] = ("language", SettingValue.Language), ["jezyk kanalu"] = ("language", SettingValue.Language),
            ["zdarzenia na kanale"] = ("channel_events", SettingValue.Events), ["zdarzenia kanału"] = ("channel_events", SettingValue.Events), ["zdarzenia kanalu"] = ("channel_events", SettingValue.Events),
        },
        Figures = new Dictionary<string, string>
        {
            ["wszyscy widzą wyniki zespołu"] = "everyone", ["wszyscy widza wyniki zespolu"] = "everyone", ["wyniki zespołu dla wszystkich"] = "everyone", ["wyniki zespolu dla wszystkich"] = "everyone",
            ["pokazuj wyniki zespołu wszystkim"] = "everyone", ["pokazuj wyniki zespolu wszystkim"] = "everyone",
            ["tylko menedżerowie widzą wyniki zespołu"] = "managers", ["tylko menedzerowie widza wyniki zespolu"] = "managers", ["wyniki zespołu tylko dla menedżerów"] = "managers", ["wyniki zespolu tylko dla menedzerow"] = "managers",
            ["tylko kierownicy widzą wyniki zespołu"] = "managers", ["tylko kierownicy widza wyniki zespolu"] = "managers",
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["poniedziałek"] = DayOfWeek.Monday, ["poniedziałki"] = DayOfWeek.Monday, ["poniedziałku"] = DayOfWeek.Monday, ["pon"] = DayOfWeek.Monday,
            ["wtorek"] = DayOfWeek.Tuesday, ["wtorki"] = DayOfWeek.Tuesday, ["wt"] = DayOfWeek.Tuesday,
            ["środa"] = DayOfWeek.Wednesday, ["środę"] = DayOfWeek.Wednesday, ["środy"] = DayOfWeek.Wednesday, ["śr"] = DayOfWeek.Wednesday,
            ["czwartek"] = DayOfWeek.Thursday, ["czwartki"] = DayOfWeek.Thursday, ["czw"] = DayOfWeek.Thursday,
            ["piątek"] = DayOfWeek.Friday, ["piątki"] = DayOfWeek.Friday, ["pt"] = DayOfWeek.Friday,
            ["sobota"] = DayOfWeek.Saturday, ["sobotę"] = DayOfWeek.Saturday, ["soboty"] = DayOfWeek.Saturday,
            ["niedziela"] = DayOfWeek.Sunday, ["niedzielę"] = DayOfWeek.Sunday, ["niedziele"] = DayOfWeek.Sunday,
        },
        AmWords = ["rano"],
        PmWords = ["po południu", "wieczorem"],
        RangeJoiners = ["do"],
        MinuteWords = ["minut", "min", "minuty", "wcześniej", "wczesniej", "przed", "przed odprawą", "przed stand-upem"],
        LanguageNames = new Dictionary<string, string>
        {
            ["polski"] = "pl", ["polskim"] = "pl", ["po polsku"] = "pl", ["pl"] = "pl", ["angielski"] = "en", ["po angielsku"] = "en", ["en"] = "en",
            ["rosyjski"] = "ru", ["po rosyjsku"] = "ru", ["ru"] = "ru",
        },
        Currencies = new Dictionary<string, string>
        {
            ["zł"] = "PLN", ["złote"] = "PLN", ["złotych"] = "PLN", ["złoty"] = "PLN", ["euro"] = "EUR", ["€"] = "EUR", ["dolary"] = "USD", ["dolar"] = "USD", ["$"] = "USD",
        },
        Events = new Dictionary<string, string>
        {
            ["wygrane"] = "wins", ["wygrane szanse"] = "wins", ["przegrane"] = "losses", ["przegrane szanse"] = "losses", ["zmiany etapów"] = "stage_moves", ["zmiany etapow"] = "stage_moves",
            ["nowe szanse"] = "new_deals", ["nowe deale"] = "new_deals", ["wszystko"] = "all", ["nic"] = "none", ["i"] = "", ["oraz"] = "", ["tylko"] = "",
        },
        ProbabilityNouns = ["prawdopodobieństwo", "prawdopodobieństwa", "prawdopodobienstwo", "prawdopodobienstwa", "szansa", "szanse", "szansę", "szanse wygranej", "szansa wygranej", "waga", "wagi", "wagę", "skuteczność"],
        ProbabilityStages = new Dictionary<string, string>
        {
            ["lead"] = "lead", ["leada"] = "lead", ["leadu"] = "lead", ["leady"] = "lead", ["leadów"] = "lead", ["leadzie"] = "lead",
            ["kwalifikacja"] = "qualified", ["kwalifikacji"] = "qualified", ["kwalifikację"] = "qualified", ["zakwalifikowane"] = "qualified", ["zakwalifikowana"] = "qualified", ["zakwalifikowanych"] = "qualified",
            ["oferta"] = "proposal", ["oferty"] = "proposal", ["ofercie"] = "proposal", ["ofertę"] = "proposal", ["ofert"] = "proposal", ["propozycja"] = "proposal", ["propozycji"] = "proposal",
            ["negocjacje"] = "negotiation", ["negocjacji"] = "negotiation", ["negocjacjach"] = "negotiation", ["negocjacjami"] = "negotiation",
        },
        ProbabilityLinks = ["dla", "etap", "etapu", "etapie", "etapów", "przy", "i", "oraz", "wygranej", "wygrania", "szans", "szansy"],
        PercentWords = ["procent", "procentów", "proc", "%"],
    };

    private static PhraseList Words() => new()
    {
        // --- activities: nouns, then past in every gender and person, infinitives, futures ---
        { ActivityType.Meeting, WordForm.Noun, "spotkanie", "spotkania", "spotkaniu", "spotkanko", "mityng", "meeting", "lunch", "obiad", "kolacja", "kolacji", "śniadanie", "kawa", "kawę", "kawka", "wideokonferencja", "wideokonferencję", "spotkanie online", "wideo", "wideorozmowa", "wideorozmowę", "wideorozmowy", "wideokonferencji", "wideocall", "warsztat", "warsztaty", "narada", "workshop" },
        { ActivityType.Meeting, WordForm.Past, "spotkałem", "spotkałam", "spotkaliśmy", "spotkałyśmy", "spotkał", "spotkała", "spotkali", "spotkały", "spotkałem się", "spotkałam się", "spotkaliśmy się", "spotkałyśmy się", "spotkał się", "spotkała się", "spotkali się", "spotkały się", "widziałem się", "widziałam się", "widzieliśmy się", "miałem spotkanie", "miałam spotkanie", "mieliśmy spotkanie", "miał spotkanie", "miała spotkanie", "odbyłem spotkanie", "odbyłam spotkanie", "odbyliśmy spotkanie", "odbyło się spotkanie", "było spotkanie", "byłem na spotkaniu", "byłam na spotkaniu", "byliśmy na spotkaniu", "poznałem", "poznałam", "poznaliśmy", "poznałyśmy", "poznał", "poznała", "poznali", "zjadłem lunch", "zjadłam lunch", "byłem na lunchu", "byłam na lunchu", "byłem na kawie", "byłam na kawie",
            "byłem na obiedzie", "byłam na obiedzie", "byliśmy na obiedzie", "byłem na kolacji", "byłam na kolacji", "byliśmy na kolacji", "byliśmy na lunchu", "byliśmy na kawie", "byłem na śniadaniu", "byliśmy na śniadaniu",
            "zjedliśmy obiad", "jedliśmy obiad", "poszliśmy na obiad", "poszliśmy na lunch", "poszliśmy na kawę", "zjadłem obiad", "zjadłam obiad" },
        { ActivityType.Meeting, WordForm.Infinitive, "spotkać się", "spotkać", "umówić spotkanie", "umówić się", "zorganizować spotkanie", "zrobić spotkanie" },
        { ActivityType.Meeting, WordForm.Future, "spotkam się", "spotkamy się", "będę na spotkaniu", "umówię się", "umówię spotkanie" },
        { ActivityType.Call, WordForm.Noun, "rozmowa tel.", "rozmowa tel", "tel.", "tel", "telefon", "telefonu", "rozmowa telefoniczna", "rozmowę telefoniczną", "call", "calla", "telko", "telekonferencja", "połączenie", "cold call", "zoom", "teams", "teamsa", "teamsie", "zooma", "zoomie" },
        { ActivityType.Call, WordForm.Past, "dzwoniłem", "dzwoniłam", "dzwoniliśmy", "dzwoniłyśmy", "dzwonił", "dzwoniła", "dzwonili", "zadzwoniłem", "zadzwoniłam", "zadzwoniliśmy", "zadzwoniłyśmy", "zadzwonił", "zadzwoniła", "zadzwonili", "przedzwoniłem", "przedzwoniłam", "przedzwoniliśmy", "zdzwoniłem się", "zdzwoniłam się", "zdzwoniliśmy się", "zdzwonili się", "przekręciłem", "przekręciłam", "brzęknąłem", "puściłem strzałkę", "złapałem", "złapałam", "złapaliśmy", "telefonowałem", "telefonowałam", "dodzwoniłem się", "dodzwoniłam się", "dodzwoniliśmy się", "oddzwoniłem", "oddzwoniłam", "oddzwonił", "oddzwoniła", "miałem telefon", "miałam telefon", "miałem call", "miałam call", "miałem calla", "miałam calla", "mieliśmy calla", "mieliśmy call", "był call", "był telefon", "odbyłem rozmowę", "odbyłam rozmowę", "przeprowadziłem rozmowę", "przeprowadziłam rozmowę" },
        { ActivityType.Call, WordForm.Infinitive, "zadzwonić", "dzwonić", "przedzwonić", "dodzwonić się", "dodzwonić", "oddzwonić", "zatelefonować" },
        { ActivityType.Call, WordForm.Future, "zadzwonię", "zadzwonimy", "oddzwonię", "przedzwonię", "zatelefonuję" },
        { TagKind.VagueActivity, ActivityType.Call, WordForm.Past, "rozmawiałem", "rozmawiałam", "rozmawialiśmy", "rozmawiałyśmy", "rozmawiał", "rozmawiała", "rozmawiali", "gadałem", "gadałam", "gadaliśmy", "gadał", "gadała", "gadali", "pogadałem", "pogadałam", "porozmawiałem", "porozmawiałam", "porozmawialiśmy", "kontaktowałem się", "kontaktowałam się", "skontaktowałem się", "skontaktowałam się", "miałem rozmowę", "miałam rozmowę" },
        { TagKind.VagueActivity, ActivityType.Call, WordForm.Noun, "rozmowa", "rozmowę", "rozmowy", "kontakt" },
        { TagKind.VagueActivity, ActivityType.Call, WordForm.Infinitive, "porozmawiać", "pogadać", "skontaktować się" },
        { TagKind.ActivityModifier, ActivityType.Call, "przez telefon", "telefonicznie", "na zoomie", "na teamsach", "przez zooma", "przez teamsy", "na callu" },
        // Meeting tools: "call na Teams z X" is where the call ran, never the company.
        { TagKind.ActivityModifier, ActivityType.Meeting, "na teams", "przez teams", "w teams", "na zoom", "przez zoom", "na google meet", "przez meet", "przez wideo", "na wideo", "przez skype" },
        { TagKind.ActivityModifier, ActivityType.Meeting, "osobiście", "na żywo", "twarzą w twarz", "przy kawie", "na kawie", "w biurze" },
        { TagKind.ActivityModifier, ActivityType.Email, "mailowo", "mailem", "e-mailem", "przez maila", "przez e-mail", "emailem" },
        { ActivityType.Email, WordForm.Noun, "mail", "maila", "mejl", "mejla", "e-mail", "e-maila", "email", "emaila", "wiadomość", "wiadomości", "mailing", "wiadomość e-mail" },
        { ActivityType.Email, WordForm.Past, "napisałem", "napisałam", "napisaliśmy", "napisał", "napisała", "napisali", "mailowałem", "mailowałam", "odpisałem", "odpisałam", "odpisaliśmy", "odpowiedziałem", "odpowiedziałam", "korespondowałem", "korespondowałam", "pisaliśmy", "pisałem", "pisałam", "pisał", "pisała", "pisali", "mailowaliśmy", "wymieniliśmy maile" },
        { ActivityType.Email, WordForm.Past, "wymieniłem maile", "wymieniłam maile", "wymieniliśmy maile", "wymieniłem kilka maili", "wymieniłam kilka maili", "wymieniliśmy kilka maili", "wymieniłem parę maili", "wymieniłam parę maili", "wymieniliśmy parę maili", "wymieniłem się mailami", "wymieniłam się mailami", "wymieniliśmy się mailami", "wymieniłem maila", "wymieniłam maila" },
        { TagKind.Send, ActivityType.Email, WordForm.Past, "wysłałem", "wysłałam", "wysłaliśmy", "wysłałyśmy", "wysłał", "wysłała", "wysłali", "przesłałem", "przesłałam", "przesłaliśmy", "podesłałem", "podesłałam", "wysłane", "wysłany", "wysłana", "poszedł mail", "poszła oferta" },
        { TagKind.Send, ActivityType.Email, WordForm.Infinitive, "wysłać", "przesłać", "podesłać", "napisać", "odpisać", "zamailować" },
        { TagKind.Send, ActivityType.Email, WordForm.Future, "wyślę", "wyślemy", "prześlę", "podeślę", "napiszę", "odpiszę" },
        { ActivityType.Demo, WordForm.Noun, "demo", "dema", "demka", "demko", "prezentacja", "prezentację", "prezentacji", "prezentacja produktu", "demo produktu", "demonstracja", "demonstrację", "webinar", "pokaz produktu" },
        { ActivityType.Demo, WordForm.Past, "zaprezentowałem", "zaprezentowałam", "zaprezentowaliśmy", "prezentowałem", "prezentowałam", "prezentowaliśmy", "pokazałem", "pokazałam", "pokazaliśmy", "pokazał", "pokazała", "pokazywałem", "pokazywałam", "pokazywaliśmy", "prezentowaliśmy produkt", "zrobiłem demo", "zrobiłam demo", "zrobiliśmy demo", "miałem demo", "miałam demo", "mieliśmy demo", "miałem prezentację", "miałam prezentację", "mieliśmy prezentację", "przeprowadziłem demo", "przeprowadziłam demo", "zrobiłem prezentację", "zrobiłam prezentację", "było demo", "była prezentacja" },
        { ActivityType.Demo, WordForm.Infinitive, "zaprezentować", "pokazać", "zrobić demo", "zrobić prezentację", "przeprowadzić demo" },
        { ActivityType.Demo, WordForm.Future, "zaprezentuję", "pokażę", "zrobię demo", "zrobimy demo" },
        { ActivityType.Visit, WordForm.Noun, "wizyta", "wizytę", "wizyty", "wizycie", "wizyta handlowa", "wyjazd", "odwiedziny" },
        { new PackWord(TagKind.Activity, (int)ActivityType.Visit, WordForm.Past, Gen), "byłem u", "byłam u", "byliśmy u", "był u", "była u", "pojechałem do", "pojechałam do", "pojechaliśmy do", "podjechałem do", "podjechałam do", "podjechaliśmy do", "wpadłem do", "wpadłam do", "wpadliśmy do", "zajrzeliśmy do", "zajrzałem do", "zajrzałam do", "jeździłem do", "jeździłam do" },
        { new PackWord(TagKind.Activity, (int)ActivityType.Visit, WordForm.Past, Loc), "byłem w", "byłam w", "byliśmy w", "byłem w biurze", "byłam w biurze", "byliśmy w biurze", "byłem w siedzibie", "byłam w siedzibie", "byłem na miejscu w", "byłam na miejscu w" },
        { new PackWord(TagKind.Activity, (int)ActivityType.Visit, WordForm.Past, Loc), "byłem na", "byłam na", "byliśmy na", "wpadłem na", "wpadłam na", "zajechałem do", "zajechałam do", "byłem we", "byłam we", "byliśmy we", "był w", "była w", "byli w", "był na", "była na" },
        // "byłem dziś rano w X": the day may sit between the verb and its preposition.
        { new PackWord(TagKind.Activity, (int)ActivityType.Visit, WordForm.Past, Loc | Gen), "byłem", "byłam", "byliśmy", "byłyśmy" },
        { ActivityType.Visit, WordForm.Past, "odwiedziłem", "odwiedziłam", "odwiedziliśmy", "odwiedził", "odwiedziła", "odwiedzili" },
        { ActivityType.Visit, WordForm.Infinitive, "odwiedzić", "pojechać do", "wpaść do", "zajrzeć do" },
        { ActivityType.Visit, WordForm.Future, "odwiedzę", "odwiedzimy", "pojadę do", "wpadnę do" },
        { new PackWord(TagKind.Activity, (int)ActivityType.Visit, WordForm.Future, Gen), "jadę do", "jedziemy do", "pojedziemy do", "wpadniemy do" },
        { new PackWord(TagKind.NoteHead, Cases: Gen), "dopisz notkę do", "dopisz notatkę do", "notka do", "dodaj notatkę do", "dodaj notkę do", "dopisz do" },
        { TagKind.NoteHead, "zapisz", "zapisz dla", "zapisz o", "ważne", "ważne:", "wazne", "info:", "notatka", "notka", "notatki", "uwaga", "zanotuj", "notatka do", "notatka dla" },

        // --- connectors, with the case the name after them takes ---
        { TagKind.Connector, Ins | Gen, "z", "ze", "razem z" },
        { TagKind.Connector, Gen, "do", "u", "dla", "od", "z firmy", "z firmą", "ze strony" },
        { TagKind.Connector, Loc, "w", "we", "w firmie" },
        { TagKind.Connector, Loc | Acc, "na" },
        { TagKind.Connector, Loc, "o", "po" },
        { TagKind.Connector, Acc, "przez" },
        { TagKind.Affiliation, Gen, "z", "ze", "od", "z firmy" },
        { TagKind.Affiliation, Loc, "w" },
        { TagKind.NotesMarker, "rozmawialiśmy o", "rozmawiałem o", "rozmawiałam o", "rozmawiali o", "rozmawiał o", "rozmawiała o", "gadaliśmy o", "gadałem o", "gadałam o", "mówiliśmy o", "omówiliśmy", "omówiłem", "omówiłam", "omówili", "omówił", "omówiła", "omawialiśmy", "przegadaliśmy", "w sprawie", "ws", "odnośnie", "dot", "dotyczące", "na temat", "temat", "w temacie" },

        // --- deals and stages ---
        { DealStage.Proposal, "oferta", "oferty", "ofertę", "ofercie", "ofertowanie", "ofertowania", "ofertowy", "propozycja", "propozycji", "propozycję", "etap oferty", "wyceny" },
        { DealStage.Negotiation, "negocjacje", "negocjacji", "negocjacjach", "negocjacyjny", "negocjacyjnego" },
        { TagKind.MoveVerb, "zakwalifikowałem", "zakwalifikowałam", "zakwalifikowaliśmy", "zakwalifikowali", "zakwalifikował", "zakwalifikowała" },
        // "daj go na kwalifikację", "wrzuć Optivo na ofertę": everyday verbs for putting a deal on a stage.
        { TagKind.MoveVerb, "zamknij", "zamknij jako", "zamykam jako", "zamykamy jako", "oznacz jako", "daj", "dać", "daj go", "daj ją", "daj je", "dajemy", "dajmy", "wrzuć", "wrzucić", "wrzuć go", "wrzucam", "wrzucamy", "przerzuć", "przerzucić", "przerzucam", "przerzucamy", "przestaw go", "przesuń go", "przesuń ją", "przenieś go", "przenieś ją" },
        { DealStage.Qualified, "zakwalifikowałem", "zakwalifikowałam", "zakwalifikowaliśmy", "zakwalifikowali", "zakwalifikował", "zakwalifikowała", "zakwalifikowana", "zakwalifikowane", "zakwalifikowany", "kwalifikacja", "kwalifikacji", "kwalifikację", "zakwalifikowany", "zakwalifikowana", "zakwalifikowane", "kwalifikowany", "kwalifikowana" },
        { DealStage.Lead, "lead", "leada", "etap leada" },
        { DealStage.Won, "klepnął umowę", "klepnęła umowę", "klepnęli umowę", "klepnięte", "umowa klepnięta", "wygrany", "wygrana", "wygrane", "wygraliśmy", "wygrałem", "wygrałam", "wygrali", "podpisany", "podpisana", "podpisane", "podpisaliśmy", "podpisali", "podpisał", "podpisała", "podpisało", "zamknięty wygrany", "zamknięta wygrana", "wygrana!", "sukces", "zdobyliśmy", "mamy to", "nasz!", "nasza!", "nasze!", "jest nasz", "jest nasza" },
        { DealStage.Lost, "przegrany", "przegrana", "przegrane", "przegraliśmy", "przegrałem", "przegrałam", "przegrali", "stracony", "stracona", "straciliśmy", "straciłem", "straciłam", "odpadł", "odpadła", "przepadł", "przepadła", "utracony", "utracona", "porażka", "zamknięty przegrany", "poszli do konkurencji", "poszedł do konkurencji", "poszła do konkurencji", "przeszli do konkurencji", "wybrali konkurencję", "wybrali konkurenta",
            "odpada", "odpadnie", "odpadają", "odpadną", "odpadli", "odpadło", "uciekł", "uciekła", "uciekli", "uciekło", "nam uciekł", "nam uciekła", "nam uciekli", "zrezygnował", "zrezygnowała", "zrezygnowali", "rezygnuje", "rezygnują", "odmówił", "odmówiła", "odmówili", "odpuścili", "odpuścił", "odpuściła", "wycofali się", "wycofał się", "wycofała się", "poszli do konkurencji", "wybrali konkurencję", "tracimy", "tracę" },
        { TagKind.TaskClosed, "zamknąłem", "zamknęłam", "zamknęliśmy", "zamknięte", "zamknięta", "zamkniete", "zamknieta", "zamknalem", "zamknelam", "wykreśliłem", "wykreśliłam" },
        { TagKind.Dropped, "tracimy", "tracę", "odpada", "odpadnie", "odpadają", "odpadną", "odpadli", "odpadło", "uciekł", "uciekła", "uciekli", "uciekło", "nam uciekł", "nam uciekła", "nam uciekli", "zrezygnował", "zrezygnowała", "zrezygnowali", "rezygnuje", "rezygnują", "odmówił", "odmówiła", "odmówili", "odpuścili", "odpuścił", "odpuściła", "wycofali się", "wycofał się", "wycofała się", "poszli do konkurencji", "wybrali konkurencję" },
        { TagKind.StagePrep, "gotowy na", "gotowa na", "gotowe na", "gotowi na", "gotowy do", "gotowa do", "gotowi do", "gotowe do", "na", "do", "w", "na etap", "do etapu", "w etap", "jako", "jest na", "jest w", "są na", "są w", "jest teraz na", "jest już na", "już na", "teraz na", "to już", "to teraz" },
        { TagKind.StageNoun, "etap", "etapu", "etapie", "faza", "fazę", "fazy", "status", "stage" },
        // "zmień etap Vitapaku na kwalifikację": the stage of a deal named in the genitive.
        { new PackWord(TagKind.StageNoun, Cases: Gen), "zmień etap", "zmien etap", "zmieniam etap", "zmień status", "zmień fazę", "etap dla" },
        { TagKind.MoveVerb, "wchodzimy w", "wchodzimy na", "wchodzą w", "wchodzi w", "wejdzie w", "wejdą w", "weszli w", "weszliśmy w", "przesuwa", "przesuwają", "przesuwamy", "przenosi", "przenoszą", "przechodzi do", "przeszła do", "przeszedł do", "weszła w", "wszedł w", "oznacz", "oznaczyć", "przesunąć", "przenieść", "zaktualizuj", "popraw", "aktualizuj", "przesuń", "przenieś", "zmień", "przestaw", "przesunąłem", "przesunęłam", "przesunęliśmy", "przeniosłem", "przeniosłam", "przeszedł", "przeszła", "przeszło", "przechodzi", "idzie", "awansuj", "ustaw", "wraca", "wracają", "wracamy", "wrócił", "wróciła", "wróciło", "cofamy", "cofnęliśmy", "przesuwam", "przesuwamy", "przenoszę", "przenosimy", "przesuwam ich", "przenoszę ich" },
        { TagKind.CreateDeal, "dodaj transakcję", "dodaj transakcje", "nowa transakcja", "nową transakcję", "nowa sprzedaż", "otwórz deal", "otwórz szansę", "otwórz okazję", "otworz deal", "szansa nowa", "deal nowy", "nową szansę", "nową okazję", "otwieram nową szansę", "otwieram szansę", "nowy deal:", "nowa szansa:", "nowa szansa", "nowy deal", "nowa okazja", "nowa szansa sprzedaży", "nowa transakcja", "nowy projekt", "dodaj szansę", "dodaj deal", "dodaj okazję", "utwórz deal", "utwórz szansę", "załóż szansę", "załóż deal", "nowa sprzedaż", "nowy temat", "założyłem deal", "założyłam deal", "otworzyłem deal", "otworzyłam deal", "dodałem deal", "dodałam deal", "założyłem szansę", "założyłam szansę", "newdeal", "new deal" },
        { new PackWord(TagKind.CreateDeal, 1), "nowy lead", "dodaj leada", "nowy potencjalny klient" },
        { TagKind.DealNoun, "deal", "deala", "szansa", "szansę", "szansy", "okazja", "okazję", "transakcja", "transakcję", "projekt", "projektu" },
        { TagKind.AmountMarker, "zmienia się na", "zmienia się", "zmieniła się na", "zmienił się na", "rośnie do", "wzrosła do", "spada do", "spadła do", "nowa kwota", "nowa wartość", "nowa cena", "kwota teraz", "podnieś kwotę", "podnies kwote", "obniż kwotę", "zmniejsz kwotę", "zwiększ kwotę", "podnieś", "obniż", "zwiększ", "zmniejsz", "urósł do", "urosła do", "urosło do", "wzrósł do", "wzrosła do", "spadł do", "spadła do", "zmalał do", "zmalała do", "kwota", "kwotę", "kwoty", "wartość", "warta", "wart", "warte", "teraz", "jednak", "ostatecznie", "finalnie", "budżet", "cena", "zmień kwotę", "podbij do", "obniż do", "na kwotę" },
        // A marker that governs the genitive: "wartość Agrobudu", "datę zamknięcia Intermedu".
        { new PackWord(TagKind.AmountMarker, Cases: Gen), "kwota", "kwotę", "kwoty", "wartość", "wartości", "zmień kwotę", "podnieś kwotę", "obniż kwotę", "zmniejsz kwotę", "zwiększ kwotę", "popraw kwotę", "zmień wartość", "popraw wartość" },
        { new PackWord(TagKind.CloseDateMarker, Cases: Gen), "datę zamknięcia", "daty zamknięcia", "data zamknięcia", "termin zamknięcia", "nowa data zamknięcia", "nowy termin zamknięcia", "zamknięcie", "przesuń zamknięcie", "przesuń datę zamknięcia", "zmień datę zamknięcia" },
        { TagKind.CloseDateMarker, "zamyka się", "się zamyka", "zamknie się" },
        // "nowa szansa X, ..., zamknąć do końca stycznia": said right after a new deal, the verb gives its close date.
        { TagKind.CloseVerb, "zamknąć", "zamknac", "podpisać", "podpisac" },
        { TagKind.CloseDateMarker, "nowa data zamknięcia", "przesuwa podpisanie", "przesuwają podpisanie", "przesuwa zamknięcie", "przesuwają zamknięcie", "podpisanie przesunięte na", "nowa data zamkniecia", "nowy termin zamknięcia", "nowy termin", "przesuwa się na", "przesuwa się", "przesunął się na", "przesunęła się na", "przesunie się na", "przesunięty na", "przesunięta na", "odkłada się na", "datę zamknięcia", "daty zamknięcia", "data zamknięcia", "zamknięcie", "termin zamknięcia", "zamknie się", "zamkniemy", "data podpisania", "podpisanie", "close date", "przesunięte na", "zamknięcie na" },
        { TagKind.LostReason, new Coded("to competitor"), "wybrali konkurencję", "wybrali konkurenta", "poszli do konkurencji", "konkurencja", "przegraliśmy z konkurencją", "wygrała konkurencja" },
        { TagKind.LostReason, new Coded("no budget"), "brak budżetu", "nie mają budżetu", "nie ma budżetu", "bez budżetu" },
        { TagKind.LostReason, new Coded("price"), "za drogo", "za drogi", "za wysoka cena", "cena za wysoka" },
        { TagKind.LostReason, new Coded("no decision"), "brak decyzji", "nie zdecydowali się", "odłożyli decyzję" },

        // --- tasks and plans ---
        { TagKind.TaskHead, "nie daj mi zapomnieć", "nie daj mi zapomniec", "nie pozwól mi zapomnieć", "nie pozwol mi zapomniec", "żebym nie zapomniał", "żebym nie zapomniała", "zebym nie zapomnial", "zebym nie zapomniala", "pamiętaj", "pamiętaj o", "pamietaj" },
        { TagKind.TaskHead, "ustaw przypomnienie", "ustawić przypomnienie", "ustaw przypomnienie na", "umówiłem", "umówiłam", "umówiliśmy", "zaplanowałem", "zaplanowałam", "zaplanowaliśmy", "ustaliłem", "ustaliłam", "przypomnij mi", "przypomnij", "przypomnij mi żeby", "przypomnij mi o", "przypomnienie", "zadanie", "zadanie:", "dodaj zadanie", "nowe zadanie", "todo", "to do", "do zrobienia", "nie zapomnij", "pamiętaj", "zaplanuj", "zanotuj żeby", "task" },
        // A bare "must": a task only with something to do after it ("muszę zadzwonić do X", not "muszę wyjść na chwilę").
        { new PackWord(TagKind.TaskHead, 3), "muszę", "musze", "musimy", "trzeba", "trzeba będzie", "powinienem", "powinnam", "powinniśmy" },
        { new PackWord(TagKind.TaskHead, 2), "zrobię to", "spróbuję", "spróbuję jeszcze raz", "spróbuję ponownie", "ponowię", "powtórzę", "zrobie to", "sprobuje" },
        { new PackWord(TagKind.TaskHead, 1), "umówić", "zaplanować", "zorganizować", "przygotować", "przygotowac", "zamknąć", "zamknac", "podpisać", "podpisac", "wystawić", "wystawic", "zebrać", "zebrac", "odezwać się", "odezwac sie", "dopytać", "potwierdzić", "ustalić", "podesłać", "dosłać", "wrócić do", "przypomnieć",
            "sprawdzić", "sprawdzic", "poprawić", "poprawic", "zaktualizować", "zaktualizowac", "wycenić", "wycenic", "dokończyć", "dokonczyc", "omówić", "omowic", "uzgodnić", "uzgodnic" },
        { TagKind.TaskVerb, "follow-up", "followup", "follow up", "fu", "przypomnienie o" },
        { TagKind.DoneHead, "zrobione", "gotowe", "gotowy", "zrobiona", "zrobiony", "wykonana", "wykonany", "załatwiona", "gotowa", "odhaczone", "zrobiłem:", "zrobiłam:", "wykonane", "wykonano", "done", "załatwione", "zakończone", "odhacz", "oznacz jako zrobione", "skończone", "zamknij zadanie", "skończyłem", "skończyłam", "skończyliśmy", "skończył", "skończyła", "ukończyłem", "ukończyłam", "zakończyłem", "zakończyłam", "oznacz zadanie", "odhacz zadanie", "zamknąłem zadanie", "zamknęłam zadanie", "zamknalem zadanie", "zamknelam zadanie", "jako zrobione", "jako wykonane", "zrobione -", "zrobiłem -", "zrobiłam -" },
        // Done words that only close a clause ("zadanie z ofertą zrobiłem"): at the start they begin something else.
        { new PackWord(TagKind.DoneHead, IntentTable.ClosingDone), "zrobiłem", "zrobiłam", "zrobiliśmy", "zrobiłyśmy", "załatwiłem", "załatwiłam" },
        { TagKind.PlanHead, "planie", "plan", "planu", "plan dnia", "priorytety", "top 3", "top-3", "top3", "moje trzy", "moja trójka", "trzy najważniejsze", "moje top 3", "moje top-3", "skupiam się na", "skupiam sie na", "skupiamy się na", "dziś skupiam się na", "dzisiaj skupiam się na", "najważniejsze na dziś", "najważniejsze dziś", "mam w planie", "w planie mam", "w planie", "priorytety na dziś", "priorytety na dzisiaj", "priorytety na dzien", "priorytet na dziś", "w centrum uwagi", "fokus na dziś", "focus na dziś", "fokus", "focus", "moje 3", "moje 5", "moja 3", "moje top 3", "w priorytecie", "priorytet" },

        // --- queries ---
        { TagKind.Pipeline, "szanse", "okazje", "szans", "pipeline", "pipeline'u", "pipe", "lejek", "lejka", "lejku", "lejek sprzedaży", "lejek sprzedażowy", "moje szanse", "moje deale", "deale", "szanse sprzedaży" },
        { TagKind.TaskList, "co mam na", "co mam w", "co mam dziś", "co mam jutro", "zadania", "zadań", "lista zadań", "co mam do zrobienia", "taski", "zadaniach",
            "co mam zaległe", "co mam zaległego", "co jest zaległe", "zaległe", "zaległe zadania", "zaległości", "co mam dzisiaj", "co zostało do zrobienia", "co mi zostało" },
        { TagKind.Kpi, "kpi", "kpi-y", "wyniki", "wynik", "statystyki", "raport", "podsumowanie", "raport tygodniowy", "liczby", "metryki", "wskaźniki" },
        { new PackWord(TagKind.KpiPerson, Cases: Dat), "jak nam poszło", "jak nam idzie", "jak nam szło", "jak poszło nam", "jak wypadliśmy", "jak się spisaliśmy", "jak poszło", "jak idzie", "jak radzi sobie", "jak sobie radzi", "jak wypadł", "jak wypadła", "jak się spisał", "jak się spisała" },
        { TagKind.Standup, "stand-upie", "standupie", "stand-upu", "standupu", "stand-up", "standup", "stand up", "stendap", "daily", "odprawa", "odprawę", "poranny raport" },
        { new PackWord(TagKind.AccountQuery, Cases: Ins | Gen), "jak wygląda sytuacja z", "jak wyglada sytuacja z", "jaka jest sytuacja z", "jak sytuacja z", "jak sprawy z", "jak stoimy z", "jak stoi", "jak tam sprawy z", "co z", "co ze", "jak tam z", "co tam z", "co mamy z", "co mamy ze", "co słychać z", "co slychac z" },
        { new PackWord(TagKind.AccountQuery, Cases: Loc), "co mamy w", "co mamy we", "co mamy o", "co tam w", "jak wygląda sytuacja w", "jak wyglada sytuacja w", "jaka jest sytuacja w", "co wiemy o", "co wiadomo o", "info o", "informacje o", "powiedz mi o", "opowiedz o", "status w", "co słychać w", "co nowego w" },
        { new PackWord(TagKind.AccountQuery, Cases: Nom | Gen), "karta klienta", "kartę klienta", "karta", "kartę", "profil" },
        { new PackWord(TagKind.AccountQuery, Cases: Gen), "co mamy u", "co mamy dla", "co słychać u", "co nowego u", "historia", "status", "szczegóły" },
        { TagKind.Show, "pokaż", "pokaż mi", "wyświetl", "daj", "sprawdź", "otwórz" },
        { TagKind.Self, "mój", "moje", "moja", "mojego", "moich", "mnie", "moi" },
        { TagKind.Team, "zespołu", "zespół", "zespołowi", "zespole", "teamu", "team", "całego zespołu", "zespołowy", "zespołowe", "działu", "dział", "wszystkich" },

        // --- conversation ---
        { TagKind.Undo, "cofnij", "cofnij to", "cofnij ostatnie", "cofnij ostatni wpis", "anuluj", "anuluj to", "anuluj ostatnie", "usuń to", "usuń ostatni wpis", "usuń ostatnie", "wycofaj", "wycofaj to", "odwołaj to", "to pomyłka", "pomyłka", "skasuj to", "cofnij ostatnią zmianę", "zapomnij o tym", "zapomnij", "usuń", "cofnij ostatnią", "to błąd", "to źle", "wycofaj ostatnie", "usuń ostatni" },
        { TagKind.Help, "co ty umiesz", "co ty w ogóle umiesz", "co w ogóle umiesz", "co ty potrafisz", "co w ogóle potrafisz", "potrzebuję pomocy", "potrzebuje pomocy", "pomocy!", "pomoc", "pomocy", "help", "co umiesz", "co potrafisz", "co możesz", "co robisz", "jak to działa", "jak działasz", "jak cię używać", "jak z ciebie korzystać", "co mogę napisać", "instrukcja", "komendy", "polecenia", "start", "menu", "pomóż", "pomóż mi" },
        { TagKind.Thanks, "ups", "upsik", "oops", "ojej", "dzięki", "dziękuję", "dzięks", "dziękówa", "cześć", "hej", "siema", "dzień dobry", "witaj", "witam", "ok", "okej", "super", "spoko", "proszę", "pls", "elo", "no", "dobra", "dobrze" },
        { TagKind.Hedge, "wygląda na to", "na to wygląda", "zdaje się", "chyba", "może", "możliwe że", "być może", "raczej", "prawdopodobnie", "podobno", "pewnie", "ewentualnie", "niby",
            "nie jestem pewien", "nie jest pewne", "niepewne", "niepewny", "nie jestem pewna", "nie jestem pewny", "nie wiem na pewno", "nie wiadomo", "nie na pewno", "jeszcze nie wiem", "nie mam pewności" },
        { TagKind.Negation, "nie", "nie było", "nie udało się", "nie udało mi się", "nigdy", "brak", "żadnego", "żadnej", "nic" },
        { TagKind.Cancelled, "nie było", "nie odbyło się", "odwołał spotkanie", "odwołała spotkanie", "odwołali spotkanie", "odwołuje", "odwołują", "przełożył", "przełożyła", "się nie odbyło", "nie odbyła się", "się nie odbyła", "odwołane", "odwołana", "odwołany", "odwołali", "odwołał", "odwołała", "przełożone", "przełożona", "przełożyli", "nie doszło do skutku", "nie doszło", "nie wyszło",
            // A message left on voicemail reached no one: nothing happened to log.
            "poczta głosowa", "pocztę głosową", "poczty głosowej", "poczcie głosowej", "skrzynka głosowa", "skrzynkę głosową", "skrzynce głosowej", "nagrałem się", "nagrałam się", "nagraliśmy się",
            "zostawiłem wiadomość", "zostawiłam wiadomość", "zostawiliśmy wiadomość", "zostawiłem wiadomosc", "zostawilam wiadomosc", "zostawilem wiadomosc", "zostawiłem jej wiadomość", "zostawiłem mu wiadomość", "zostawiłam jej wiadomość", "zostawiłam mu wiadomość",
            // Nobody picked up: a call that reached no one is no call to log.
            "nie odebrał", "nie odebrała", "nie odebrali", "nie odebrało", "nikt nie odebrał", "nikt nie odbiera", "nie odbiera", "nie odbierał", "nie odbierała", "nie odbierają", "nie odbierali",
            "nie odpowiada", "nie odpowiadają", "nie odpowiedział", "nie odpowiedziała", "nie odpowiedzieli", "bez odpowiedzi", "nikt nie odpowiada", "nikt nie odpowiedział", "cisza w słuchawce", "było zajęte", "zajęte" },
        { TagKind.LastContact, "kiedy ostatnio", "kiedy ostatni raz", "kto ostatni", "kto ostatnio", "ostatni kontakt", "ostatnia rozmowa", "kiedy był ostatni kontakt", "kiedy ostatnio ktoś" },
        { TagKind.ContactList, "kontakty", "kontaktów", "naszym kontaktem", "kto jest naszym kontaktem", "kto jest kontaktem", "osoby kontaktowe", "osoby kontaktowej", "osób kontaktowych", "z kim rozmawiamy", "z kim rozmawiać", "z kim gadamy", "kontakt w" },
        { new PackWord(TagKind.ContactList, Cases: Loc), "kogo znamy w", "kogo mamy w", "kogo znamy we", "kogo znamy", "kogo mamy", "kto jest w", "kogo znam w" },
        { TagKind.ActivityQuery, "co robiłem", "co robiłam", "co zrobiłem", "co zrobiłam", "co zrobił", "co zrobiła", "co zrobili", "co robił", "co robiła", "co robili", "co robiliśmy", "co zrobiliśmy", "moje spotkania", "moje telefony", "moje maile", "moje wizyty", "moje aktywności", "aktywności", "aktywność", "telefony", "maile", "wizyty", "spotkania zespołu", "spotkania z", "historia aktywności" },
        { TagKind.Compare, "kontra", "vs", "versus", "porównaj", "porównanie", "porównać", "porównajmy", "zestaw", "zestawienie", "zestawić" },
        { TagKind.Last, "ostatnio" },
        { TagKind.HowTo, "jak", "jak mogę", "jak się", "w jaki sposób", "jak można", "jak mam" },
        { TagKind.LogVerb, "zalogować", "zapisać", "wpisać", "dodać", "zanotować", "zarejestrować", "zalogowac", "odnotować" },
        { TagKind.AddContact, "nowa osoba", "nowy człowiek", "nowa osoba kontaktowa w", "nowy kontakt w", "dodaj kontakt", "nowy kontakt", "dodaj osobę kontaktową", "zapisz kontakt", "dodaj nowy kontakt", "nowa osoba kontaktowa", "utwórz kontakt", "dodaj osobę" },
        { TagKind.Closing, "zamykamy", "zamkniemy", "domkniemy", "domykamy", "zamykają się", "zamyka się", "się zamyka", "się zamykają", "z datą zamknięcia", "do zamknięcia", "zamykane", "do podpisania", "zamkną się", "zamknie się w" },
        { TagKind.Question, "czy", "kiedy", "ile", "gdzie", "dlaczego", "czemu", "czym", "czego", "komu" },
        // "Which": a question about a set ("z którymi klientami", "jakie szanse"); with a negation, who went quiet.
        { TagKind.Which, "który", "która", "które", "którzy", "których", "którym", "którymi", "którą", "którego", "której", "któremu", "jaki", "jaka", "jakie", "jacy", "jakich", "jakim", "jakimi", "jaką", "jakiego", "jakiej", "jakiemu" },
        { TagKind.Condition, "jeśli", "jeżeli", "jesli", "jezeli", "gdyby", "gdybym", "gdybyśmy", "gdybyście", "o ile", "w razie gdyby" },
        { TagKind.Who, "kto", "ktoś z nas", "ktokolwiek", "czy ktoś", "kto z nas" },
        { TagKind.Future, "będę", "będziemy", "zamierzam", "planuję", "mam zamiar", "chciałbym", "chciałabym", "muszę jeszcze", "mam", "mamy",
            // "call z X umówiony na 4 grudnia": an activity said as set up lies ahead.
            "umówiony", "umówiona", "umówione", "umówieni", "zaplanowany", "zaplanowana", "zaplanowane", "zaplanowani", "ustalony", "ustalona", "ustalone", "zaklepany", "zaklepana", "zaklepane", "w kalendarzu" },
        { TagKind.Contrast, "tylko", "lecz", "ale", "a" },
        { TagKind.Conjunction, "i", "oraz", "a", "a potem", "potem", "następnie", "także", "też", "plus", "a także", "po czym", "więc", "dlatego", "zatem", "no to" },
        { TagKind.Correction, "popraw kwotę", "popraw kwote", "popraw sumę", "popraw datę", "popraw date", "pomyliłem datę", "pomyliłam datę", "pomyliłem kwotę", "poprawka", "właściwie", "właściwie to", "korekta", "miałem na myśli", "miałam na myśli", "sorry", "sorki", "przepraszam", "nie, to było", "nie to było", "nie, to był", "nie, to była", "to było", "to był", "to była", "sorry, to było", "pomyłka,", "nie to", "pomyliłem się", "pomyliłam się", "chodziło mi o", "chodziło o", "nie, chodziło o", "a nie,", "albo nie,", "nie, jednak", "a właściwie", "znaczy", "to znaczy", "zła firma", "zły klient", "zła osoba", "zła data", "zła kwota", "nie ta firma", "nie ten klient", "zły kontakt", "zmiana:", "zmiana", "korekta:", "poprawka:", "pomyliłem firmy", "pomyliłam firmy", "pomyliły mi się firmy", "pomyliłem klienta", "pomyliłam klienta", "nie, czekaj", "nie czekaj", "czekaj", "czekaj,", "chociaż nie", "chociaż nie,", "choć nie", "a jednak nie", "stop,", "a nie, czekaj", "zaraz, nie", "nie, zaraz" },
        // "to nie był X tylko Y": a correction whose first name is the wrong one.
        { TagKind.Correction, "to nie był", "to nie była", "to nie było", "to nie byli", "to nie chodziło o", "nie chodziło o" },
        { TagKind.Negation, "to nie był", "to nie była", "to nie było", "to nie byli", "to nie chodziło o", "nie chodziło o" },
        { TagKind.SetLanguage, new Coded("pl"), "przełącz na polski", "przełącz się na polski", "przelacz na polski", "przejdź na polski", "przejdz na polski", "zmień język na polski", "zmien jezyk na polski", "ustaw język polski", "przestaw się na polski", "przełącz na polskiego", "przełącz się na polskiego", "przelacz na polskiego", "przejdź na polskiego", "przejdz na polskiego", "zmień język na polskiego", "zmien jezyk na polskiego", "ustaw język polskiego", "przestaw się na polskiego", "odpowiadaj po polsku", "odpisuj po polsku", "mów po polsku", "po polsku", "pisz po polsku", "polski", "język polski" },
        { TagKind.SetLanguage, new Coded("en"), "przełącz na angielski", "przełącz się na angielski", "przelacz na angielski", "przejdź na angielski", "przejdz na angielski", "zmień język na angielski", "zmien jezyk na angielski", "ustaw język angielski", "przestaw się na angielski", "przełącz na angielskiego", "przełącz się na angielskiego", "przelacz na angielskiego", "przejdź na angielskiego", "przejdz na angielskiego", "zmień język na angielskiego", "zmien jezyk na angielskiego", "ustaw język angielskiego", "przestaw się na angielskiego", "odpowiadaj po angielsku", "odpisuj po angielsku", "mów do mnie po angielsku", "mów po angielsku", "po angielsku", "pisz po angielsku", "angielski" },
        { TagKind.SetLanguage, new Coded("ru"), "przełącz na rosyjski", "przełącz się na rosyjski", "przelacz na rosyjski", "przejdź na rosyjski", "przejdz na rosyjski", "zmień język na rosyjski", "zmien jezyk na rosyjski", "ustaw język rosyjski", "przestaw się na rosyjski", "przełącz na rosyjskiego", "przełącz się na rosyjskiego", "przelacz na rosyjskiego", "przejdź na rosyjskiego", "przejdz na rosyjskiego", "zmień język na rosyjskiego", "zmien jezyk na rosyjskiego", "ustaw język rosyjskiego", "przestaw się na rosyjskiego", "odpowiadaj po rosyjsku", "mów po rosyjsku", "po rosyjsku", "pisz po rosyjsku", "rosyjski" },

        // --- dates ---
        { TagKind.RelativeDay, 0, "dziś", "dzisiaj", "dzisiejszy", "dzisiejsze" },
        { TagKind.RelativeDay, -1, "wczoraj", "wczorajszy", "wczorajsze" },
        { TagKind.RelativeDay, -2, "przedwczoraj" },
        { TagKind.RelativeDay, 1, "jutro", "jutrzejszy", "jutrzejsze" },
        { TagKind.RelativeDay, 2, "pojutrze" },
        { TagKind.Weekday, DayOfWeek.Monday, "poniedziałek", "poniedziałku", "pon", "pn" },
        { TagKind.Weekday, DayOfWeek.Tuesday, "wtorek", "wtorku", "wt" },
        { TagKind.Weekday, DayOfWeek.Wednesday, "środa", "środę", "środy", "środzie", "śr" },
        { TagKind.Weekday, DayOfWeek.Thursday, "czwartek", "czwartku", "czw" },
        { TagKind.Weekday, DayOfWeek.Friday, "piątek", "piątku", "pt" },
        { TagKind.Weekday, DayOfWeek.Saturday, "sobota", "sobotę", "soboty", "sobocie", "sob" },
        { TagKind.Weekday, DayOfWeek.Sunday, "niedziela", "niedzielę", "niedzieli", "nd", "ndz" },
        { TagKind.Month, 1, "styczeń", "stycznia", "styczniu", "sty" },
        { TagKind.Month, 2, "luty", "lutego", "lutym", "lut" },
        { TagKind.Month, 3, "marzec", "marca", "marcu" },
        { TagKind.Month, 4, "kwiecień", "kwietnia", "kwietniu", "kwi" },
        { TagKind.Month, 5, "maj", "maja", "maju" },
        { TagKind.Month, 6, "czerwiec", "czerwca", "czerwcu", "cze" },
        { TagKind.Month, 7, "lipiec", "lipca", "lipcu", "lip" },
        { TagKind.Month, 8, "sierpień", "sierpnia", "sierpniu" },
        { TagKind.Month, 9, "wrzesień", "września", "wrześniu", "wrz" },
        { TagKind.Month, 10, "październik", "października", "październiku", "paź" },
        { TagKind.Month, 11, "listopad", "listopada", "listopadzie", "lis" },
        { TagKind.Month, 12, "grudzień", "grudnia", "grudniu", "gru" },
        { TagKind.Last, "zeszły", "zeszłym", "zeszłego", "zeszłą", "zeszła", "ostatni", "ostatnim", "ostatnią", "ostatniego", "poprzedni", "poprzednim", "poprzednią", "poprzedniego", "miniony", "minionym", "ubiegły", "ubiegłym", "ubiegłą", "ubiegłego" },
        { TagKind.This, "ten", "tym", "tę", "ta", "tego", "bieżący", "bieżącym", "bieżącego", "obecny", "obecnym" },
        { TagKind.Next, "nast.", "przysz.", "przyszły", "przyszłym", "przyszłą", "przyszła", "przyszłego", "następny", "następnym", "następną", "następnego", "kolejny", "kolejnym", "kolejną" },
        { TagKind.In, "za" },
        { TagKind.Ago, "temu" },
        { TagKind.Unit, 1, "dzień", "dni", "dnia" },
        { TagKind.Unit, 7, "tydzień", "tygodnie", "tygodni", "tygodniu", "tygodnia", "tyg" },
        { TagKind.Unit, 30, "miesiąc", "miesiące", "miesięcy", "miesiącu", "miesiąca", "mies" },
        { TagKind.Unit, 91, "kwartał", "kwartale", "kwartału", "kwartały" },
        { TagKind.Unit, 365, "rok", "roku", "lata", "lat" },
        { TagKind.WeekWord, "tydzień", "tydzien", "tygodniu", "tygodnia", "tydz", "tydz.", "tyg", "tyg." },
        { TagKind.EndOf, "koniec", "końca", "końcu" },
        { TagKind.Rescheduled, "przesuwa się na", "przesunęło się na", "przesunięte na", "przesunięty na", "przesunięta na", "przełożyłem", "przełożyłam", "przełożyliśmy", "przełożył", "przełożyła", "przełożyli", "przesunąłem", "przesunęłam", "przesunęliśmy", "przesuwamy", "przekładamy", "przełożone", "przełożona", "przełożony", "przełożone na", "przełożona na", "odkłada się na", "przeniesione na", "przeniesiona na", "przenosimy" },
        { TagKind.Quarter, 1, "q1", "1q" }, { TagKind.Quarter, 2, "q2", "2q" }, { TagKind.Quarter, 3, "q3", "3q" }, { TagKind.Quarter, 4, "q4", "4q" },
        { TagKind.QuarterOrdinal, 1, "i", "pierwszy", "pierwszym", "pierwszego", "pierwszej", "1szy", "1-szy" },
        { TagKind.QuarterOrdinal, 2, "ii", "drugi", "drugim", "drugiego", "2gi", "2-gi" },
        { TagKind.QuarterOrdinal, 3, "iii", "trzeci", "trzecim", "trzeciego", "3ci", "3-ci" },
        { TagKind.QuarterOrdinal, 4, "iv", "czwarty", "czwartym", "czwartego", "4ty", "4-ty" },
        { TagKind.DatePrep, "w", "we", "na", "za", "od", "po" },
        { TagKind.By, "do", "najpóźniej do", "przed", "termin", "termin:", "deadline", "deadline:" },
        { TagKind.TimePrep, "o", "około", "ok", "na godzinę", "godz" },
        { TagKind.NumberWord, 1, "jeden", "jedną", "jedna" },
        { TagKind.NumberWord, 2, "dwa", "dwie", "dwóch", "parę", "pare" },
        { TagKind.NumberWord, 3, "trzy", "trzech", "kilka" },
        { TagKind.NumberWord, 4, "cztery", "czterech" },
        { TagKind.NumberWord, 5, "pięć", "pięciu" },
        { TagKind.NumberWord, 6, "sześć" },
        { TagKind.NumberWord, 7, "siedem" },
        { TagKind.NumberWord, 10, "dziesięć" },

        // --- money ---
        { TagKind.Multiplier, 1000, "tys", "tysięcy", "tysiące", "tysiąc", "tysiąca", "tyś", "k" },
        { TagKind.Multiplier, 1_000_000, "mln", "milion", "miliony", "milionów", "miliona", "mio" },
        { TagKind.Half, 15, "półtora", "półtorej" },
        { TagKind.Half, 5, "pół" },
        { TagKind.Multiplier, 1_000_000_000, "mld", "miliard", "miliardy", "miliardów" },
        { TagKind.Currency, new Coded("PLN"), "zł", "pln", "złotych", "złote", "złoty", "złotówek", "zlotych" },
        { TagKind.Currency, new Coded("EUR"), "eur", "euro", "€" },
        { TagKind.Currency, new Coded("USD"), "usd", "$", "dolarów", "dolary", "dolar", "dolarach" },
        { TagKind.Currency, new Coded("GBP"), "gbp", "£", "funtów", "funty" },
        { TagKind.Currency, new Coded("CHF"), "chf", "franków" },
        { TagKind.Currency, new Coded("RUB"), "rub", "rubli", "₽" },

        { TagKind.Pastime, "zakład", "turniej", "turnieju", "turnieje", "turniejów", "mecz", "meczu", "mecze", "quiz", "quizu", "quizie", "konkurs", "konkursu", "konkursie", "pizza", "pizzę", "loteria", "loterię", "loterii", "gra", "grę", "gry", "grze", "piłkarzyki", "piłkarzyków", "piłkarzykach", "bilard", "bilarda", "ping-pong", "ping-ponga", "szachy", "szachach", "kręgle", "kręgli", "rzutki", "planszówkę", "planszówki", "kalambury", "zawody", "zawodach", "wyścig" },

        // A place of a company: the name after it is its owner ("w zakładzie Orlenu", "w biurze Tauronu").
        { TagKind.Place, "zakładzie", "zakładu", "biurze", "biura", "biuro", "siedzibie", "siedziby", "siedziba", "fabryce", "fabryki", "fabryka", "oddziale", "oddziału", "oddział", "magazynie", "magazynu", "budowie", "budowy", "centrali", "centrala", "placówce", "placówki", "sklepie", "hali", "kopalni", "rafinerii", "elektrowni", "w biurze", "w siedzibie", "byłem w biurze", "byłam w biurze", "byliśmy w biurze", "byłem w siedzibie", "byłam w siedzibie" },

        // --- never a name ---
        { TagKind.NotName, "jesteśmy", "jestem", "jesteście", "jestesmy", "już", "juz", "jest", "są", "był", "była", "było", "byli", "będzie", "gość", "gościa", "gościem", "facet", "faceta", "facetem", "koleś", "kolesia", "babka", "babką", "ludzie", "ludźmi", "już", "właśnie", "wreszcie", "co", "coś", "ja", "ty", "on", "ona", "my", "wy", "oni", "one", "mi", "mnie", "go", "ją", "nim", "nią", "nimi", "nich", "to", "tam", "tu", "klient", "klientka", "klienci", "szef", "szefowa", "zarząd", "firma", "dyrektor", "prezes", "kierownik", "handlowiec", "wszyscy", "nikt", "ktoś", "biuro", "siedziba", "partner", "dostawca", "kontrahent", "zespół", "ich", "jego", "jej", "że", "iż", "nam", "wam", "mu", "się", "sprawie", "umowa", "oferta", "cena", "temat",
            // Family and friends: "dzwoniła mama", "spotkanie z żoną" are no company.
            "mama", "mamą", "mamy", "mamie", "mamę", "tata", "tatą", "taty", "tacie", "tatę", "żona", "żoną", "żony", "żonie", "żonę", "mąż", "mężem", "męża", "mężowi",
            "brat", "bratem", "brata", "siostra", "siostrą", "siostry", "siostrze", "syn", "synem", "syna", "córka", "córką", "córki", "córce", "babcia", "babcią", "babci", "dziadek", "dziadkiem", "dziadka",
            "kolega", "kolegą", "kolegi", "koleżanka", "koleżanką", "koleżanki", "znajomy", "znajomym", "znajomą", "przyjaciel", "przyjacielem", "przyjaciółka", "lekarz", "lekarzem", "lekarza", "dentysta", "dentystą",
            "zespołem", "klientem", "klienta", "klientów", "klientami", "firmą", "firmy", "firmie", "dyrektorem", "dyrektora", "prezesem", "prezesa", "prezesie", "szefem", "szefa", "szefową", "zarządem", "zarządu", "handlowcem", "kierownikiem", "kierownika",
            "informatykami", "informatykiem", "dział it", "działem it", "działu it", "dziale it", "działem", "działu", "dziale", "księgowością", "księgowości", "kadrami", "zakupami", "zakupów" },
        // "z panią Ewą Sikorą", "u pana Nowaka": the name after a title takes the title's case.
        { new PackWord(TagKind.NotName, Cases: Nom), "pan" }, { new PackWord(TagKind.NotName, Cases: Gen | Acc), "pana" }, { new PackWord(TagKind.NotName, Cases: Dat | Loc), "panu" },
        { new PackWord(TagKind.NotName, Cases: Ins), "panem" }, { new PackWord(TagKind.NotName, Cases: Nom | Gen | Dat | Loc), "pani" }, { new PackWord(TagKind.NotName, Cases: Ins | Acc), "panią" },
        // A time of day beside a date ("dziś rano"): never a name.
        // "datę zamknięcia X ustawiamy na koniec miesiąca": the verb that sets a value is never part of the name.
        { TagKind.NotName, "ustawiamy", "ustawiam", "ustaw", "dajemy", "daję", "zmieniamy", "przesuwamy", "przekładamy" },
        { TagKind.NotName, "rano", "z rana", "wieczorem", "po południu", "popołudniu", "w południe", "przed południem" },
        // "faktura dla X wysłana, zamknij to zadanie": what was said before is the task closed.
        { TagKind.CloseThisTask, "zamknij to zadanie", "zamknij zadanie", "zamknij je", "zadanie zrobione", "zadanie zamknięte", "zadanie wykonane", "odhacz to", "odhacz zadanie", "odhaczone", "można zamknąć zadanie", "zadanie do zamknięcia" },
        { TagKind.Now, "teraz", "obecnie", "wreszcie", "w końcu", "jest", "jest już", "jest juz", "są", "są już" },
        { TagKind.NumberSign, "nr", "nr.", "numer", "#" },
        { TagKind.Wants, "chce", "chcą", "chciałby", "chciałaby", "chcieliby", "planuje", "planują", "szuka", "szukają", "rozważa", "rozważają", "pyta o", "pytają o", "prosi o", "proszą o" },
        { TagKind.PartOfDay, "rano", "z rana", "wieczorem", "po południu", "popołudniu", "w południe", "przed południem", "później" },
        { TagKind.LegalForm, "sp. z o.o.", "sp z o o", "sp.z o.o.", "s.a.", "sa", "sp.j.", "sp.k." },
    };
}
