using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SalesBot.Core.Data;

/// <summary>
/// Inserts and updates rows through commands built once from the EF model and reused, without change tracking.
/// <para>
/// Why: the single writer adds an inbox row, a journal entry and an outbox reply for every message. Through
/// <c>SaveChanges</c> each row costs about 50 µs and 27 KB here, because EF generates the SQL text again and
/// SQLite prepares the statement again every time; a reused command costs under 10 µs (docs/benchmarks.md).
/// Table and column names, and every value conversion (enums as names, <see cref="DateTimeOffset"/> as Unix
/// milliseconds on SQLite), come from the same model EF uses, so the rows are the ones EF would have written.
/// </para>
/// <para>Rows written here are not tracked: the caller keeps using them as plain objects.</para>
/// </summary>
public sealed class PreparedRows(SalesBotDb db) : IDisposable
{
    private static readonly ConcurrentDictionary<(string?, Type), Shape> Inserts = new();
    private static readonly ConcurrentDictionary<(string?, Type, string), Shape> Updates = new();

    private readonly Dictionary<object, DbCommand> _commands = [];

    /// <summary>Inserts <paramref name="row"/> and sets its store-generated key.</summary>
    public async Task InsertAsync<T>(T row, CancellationToken ct) where T : class
    {
        var shape = Inserts.GetOrAdd((db.Database.ProviderName, typeof(T)), static (key, model) => Shape.ForInsert(model, key.Item2), db);
        var command = await CommandAsync(shape, ct);
        Bind(command, shape, row);
        if (shape.Key is { } key)
        {
            var id = await command.ExecuteScalarAsync(ct);
            key.Property.PropertyInfo!.SetValue(row, Convert.ChangeType(id, key.Property.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Writes the named properties of <paramref name="row"/>, found by its key.</summary>
    public async Task UpdateAsync<T>(T row, CancellationToken ct, params string[] properties) where T : class
    {
        var names = string.Join(',', properties);
        var shape = Updates.GetOrAdd((db.Database.ProviderName, typeof(T), names), static (key, model) => Shape.ForUpdate(model, key.Item2, key.Item3.Split(',')), db);
        var command = await CommandAsync(shape, ct);
        Bind(command, shape, row);
        await command.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private async Task<DbCommand> CommandAsync(Shape shape, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is { State: not System.Data.ConnectionState.Open })
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        if (!_commands.TryGetValue(shape, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = shape.Sql;
            _commands[shape] = command;
        }

        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Bind(DbCommand command, Shape shape, object row)
    {
        // Parameters are bound anew each time (the values' types may differ: null or not); the statement stays prepared.
        command.Parameters.Clear();
        foreach (var column in shape.Columns)
        {
            command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, column.Property.PropertyInfo!.GetValue(row), column.Property.IsNullable));
        }
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Parameter);

    /// <summary>The SQL of one statement and the columns it binds, the same for every context of a provider.</summary>
    private sealed class Shape(string sql, IReadOnlyList<Column> columns, Column? key)
    {
        public string Sql { get; } = sql;
        public IReadOnlyList<Column> Columns { get; } = columns;
        public Column? Key { get; } = key;

        public static Shape ForInsert(SalesBotDb db, Type type)
        {
            var (entity, sql) = Describe(db, type);
            var key = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
            var columns = entity.GetProperties().Where(p => p != key).Select(p => ColumnOf(p)).ToList();
            var text = new StringBuilder()
                .Append("INSERT INTO ").Append(Table(entity, sql))
                .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())))
                .Append(") VALUES (").AppendJoin(", ", columns.Select(c => sql.GenerateParameterNamePlaceholder(c.Parameter))).Append(')');
            if (key is not null)
            {
                text.Append(" RETURNING ").Append(sql.DelimitIdentifier(key.GetColumnName()));
            }

            return new Shape(text.ToString(), columns, key is null ? null : ColumnOf(key));
        }

        public static Shape ForUpdate(SalesBotDb db, Type type, IReadOnlyList<string> properties)
        {
            var (entity, sql) = Describe(db, type);
            var set = properties.Select(name => ColumnOf(entity.FindProperty(name) ?? throw new ArgumentException($"{type.Name} has no property {name}"))).ToList();
            var keys = entity.FindPrimaryKey()!.Properties.Select(p => ColumnOf(p)).ToList();
            var text = new StringBuilder()
                .Append("UPDATE ").Append(Table(entity, sql))
                .Append(" SET ").AppendJoin(", ", set.Select(c => $"{sql.DelimitIdentifier(c.Property.GetColumnName())} = {sql.GenerateParameterNamePlaceholder(c.Parameter)}"))
                .Append(" WHERE ").AppendJoin(" AND ", keys.Select(c => $"{sql.DelimitIdentifier(c.Property.GetColumnName())} = {sql.GenerateParameterNamePlaceholder(c.Parameter)}"));
            return new Shape(text.ToString(), [.. set, .. keys], null);
        }

        private static (IEntityType Entity, ISqlGenerationHelper Sql) Describe(SalesBotDb db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not in the model");
            if (entity.GetProperties().Any(p => p.PropertyInfo is null) || entity.GetDeclaredComplexProperties().Any())
            {
                throw new NotSupportedException($"{type.Name} has properties without a CLR property; write it through SaveChanges");
            }

            return (entity, db.GetService<ISqlGenerationHelper>());
        }

        private static string Table(IEntityType entity, ISqlGenerationHelper sql) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

        private static Column ColumnOf(IProperty property) =>
            new(property, (RelationalTypeMapping)property.GetTypeMapping(), "p_" + property.GetColumnName().ToLowerInvariant());
    }
}
