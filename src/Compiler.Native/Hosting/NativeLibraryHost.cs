using System.Reflection.Emit;
using System.Runtime.InteropServices;
using System.Text;

namespace PythonAot.Compiler.Native.Hosting;

/// <summary>
/// Opens a shared library built by PythonAot from its JSON manifest and calls its exports with .NET values.
/// <para>Arguments: <c>long</c>/<c>int</c> for int, <c>double</c> (or an integer) for float, <c>bool</c>, <c>string</c> for
/// str, <c>string[]</c>, <c>long[]</c> (or <c>int[]</c>), <c>double[]</c>, and <c>double[,]</c> (or rectangular
/// <c>double[][]</c>) for list[list[float]]. Results: <c>long</c>, <c>double</c>, <c>bool</c>, <c>string</c>,
/// <c>string[]</c>, <c>long[]</c>, <c>double[]</c>, <c>double[,]</c>, or null for None.</para>
/// <para>Each native call is built from the manifest: every ABI parameter expands to pointer, int64, double or uint8
/// slots, and a <see cref="DynamicMethod"/> per export makes the cdecl call with <c>calli</c>. Arguments are copied
/// to unmanaged memory for the call; results are copied to .NET values and freed with the library's free functions.
/// A non-zero status becomes a <see cref="PythonException"/>. The library serializes calls itself, so a host may be
/// used from several threads.</para>
/// </summary>
public sealed class NativeLibraryHost : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, BoundExport> _exports = new(StringComparer.Ordinal);
    private readonly Action<IntPtr> _freeError;
    private IntPtr _handle;

    private NativeLibraryHost(IntPtr handle, NativeLibraryManifest manifest, string libraryPath)
    {
        _handle = handle;
        Manifest = manifest;
        LibraryPath = libraryPath;
        _freeError = BindFree(manifest.FreeFunctions.GetValueOrDefault("pyaot_error") ?? manifest.SymbolPrefix + "_free_error");
        foreach (var export in manifest.Exports)
        {
            var free = export.Result.Free is { } freeSymbol ? BindFree(freeSymbol) : null;
            _exports.Add(export.Name, new BoundExport(export, NativeLibrary.GetExport(handle, export.Symbol), free));
        }
    }

    /// <summary>The manifest the library was opened from.</summary>
    public NativeLibraryManifest Manifest { get; }

    /// <summary>The full path of the loaded library.</summary>
    public string LibraryPath { get; }

    /// <summary>The Python names of the exports.</summary>
    public IEnumerable<string> ExportNames => _exports.Keys;

    /// <summary>Loads the manifest at <paramref name="manifestPath"/> and the library it names (in the manifest's folder).</summary>
    public static NativeLibraryHost Open(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var manifest = NativeLibraryManifest.Load(manifestPath);
        var libraryPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, manifest.Library));
        var handle = NativeLibrary.Load(libraryPath);
        try
        {
            return new NativeLibraryHost(handle, manifest, libraryPath);
        }
        catch
        {
            NativeLibrary.Free(handle);
            throw;
        }
    }

    /// <summary>
    /// Calls the export named <paramref name="export"/> (its Python name) and returns its result (null for None). A lone
    /// <c>string[]</c> argument is one list[str] argument (not the params array).
    /// </summary>
    /// <exception cref="PythonException">The export returned a non-zero status.</exception>
    /// <exception cref="ArgumentException">The arguments do not match the export's parameters.</exception>
    public object? Call(string export, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(args);
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        // Call("f", new[] { "a", "b" }): C# passes a lone string[] as the params array itself (array covariance); it is
        // one list[str] argument.
        if (args.GetType() != typeof(object[])) args = [args];
        if (!_exports.TryGetValue(export, out var bound)) throw new ArgumentException($"the library {Manifest.Library} has no export '{export}'", nameof(export));
        var parameters = bound.Export.Parameters;
        if (args.Length != parameters.Count)
            throw new ArgumentException($"{bound.Export.PythonSignature} takes {parameters.Count} arguments, {args.Length} given", nameof(args));

        using var memory = new UnmanagedMemory();
        var slots = new List<object>();
        for (var i = 0; i < parameters.Count; i++) AddArgument(slots, memory, parameters[i], args[i]);
        var result = bound.Export.Result.AbiType == "none" ? IntPtr.Zero : memory.Allocate(24, zero: true);
        var error = memory.Allocate(32, zero: true);
        if (result != IntPtr.Zero) slots.Add(result);
        slots.Add(error);

        var status = bound.Invoke(bound.Function, slots.ToArray());
        if (status != 0)
        {
            var type = ReadStr(error, 0) ?? "SystemError";
            var message = ReadStr(error, 16) ?? "";
            _freeError(error);
            throw new PythonException(type, message, status);
        }
        if (result == IntPtr.Zero) return null;
        try
        {
            return ReadResult(bound.Export.Result.AbiType, result);
        }
        finally
        {
            bound.Free?.Invoke(result);
        }
    }

    /// <summary>Calls <paramref name="export"/> and casts its result to <typeparamref name="T"/>.</summary>
    public T Call<T>(string export, params object?[] args) => (T)Call(export, args)!;

    /// <summary>Unloads the library.</summary>
    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        NativeLibrary.Free(_handle);
        _handle = IntPtr.Zero;
    }

    private static void AddArgument(List<object> slots, UnmanagedMemory memory, ManifestParameter parameter, object? value)
    {
        string Describe() => $"argument '{parameter.Name}' ({parameter.PythonType})";
        switch (parameter.AbiType)
        {
            case "int64":
                slots.Add(value switch { long l => l, int n => (long)n, short s => (long)s, byte b => (long)b, _ => throw Mismatch() });
                break;
            case "float64":
                slots.Add(value switch { double d => d, float f => (double)f, long l => (double)l, int n => (double)n, _ => throw Mismatch() });
                break;
            case "bool":
                slots.Add(value is bool flag ? (byte)(flag ? 1 : 0) : throw Mismatch());
                break;
            case "utf8":
            {
                var (pointer, length) = memory.Utf8(value as string ?? throw Mismatch());
                slots.Add(pointer);
                slots.Add(length);
                break;
            }
            case "list_utf8":
            {
                var strings = value as string[] ?? (value as IEnumerable<string>)?.ToArray() ?? throw Mismatch();
                var array = memory.Allocate(16 * strings.Length, zero: false);
                for (var i = 0; i < strings.Length; i++)
                {
                    var (pointer, length) = memory.Utf8(strings[i] ?? throw new ArgumentException($"{Describe()}: item {i} is null"));
                    Marshal.WriteIntPtr(array, 16 * i, pointer);
                    Marshal.WriteInt64(array, 16 * i + 8, length);
                }
                slots.Add(array);
                slots.Add((long)strings.Length);
                break;
            }
            case "list_int64":
            {
                var numbers = value switch { long[] l => l, int[] n => n.Select(x => (long)x).ToArray(), IEnumerable<long> e => e.ToArray(), _ => throw Mismatch() };
                var array = memory.Allocate(8 * numbers.Length, zero: false);
                if (numbers.Length > 0) Marshal.Copy(numbers, 0, array, numbers.Length);
                slots.Add(array);
                slots.Add((long)numbers.Length);
                break;
            }
            case "list_float64":
            {
                var numbers = value switch { double[] d => d, IEnumerable<double> e => e.ToArray(), _ => throw Mismatch() };
                var array = memory.Allocate(8 * numbers.Length, zero: false);
                if (numbers.Length > 0) Marshal.Copy(numbers, 0, array, numbers.Length);
                slots.Add(array);
                slots.Add((long)numbers.Length);
                break;
            }
            case "matrix_float64":
            {
                double[] flat;
                long rows, cols;
                if (value is double[,] matrix)
                {
                    rows = matrix.GetLength(0);
                    cols = matrix.GetLength(1);
                    flat = new double[matrix.Length];
                    Buffer.BlockCopy(matrix, 0, flat, 0, sizeof(double) * matrix.Length);
                }
                else if (value is double[][] jagged)
                {
                    rows = jagged.Length;
                    cols = rows == 0 ? 0 : jagged[0].Length;
                    if (jagged.Any(r => r.Length != cols)) throw new ArgumentException($"{Describe()}: the rows have different lengths");
                    flat = jagged.SelectMany(r => r).ToArray();
                }
                else throw Mismatch();
                var array = memory.Allocate(8 * flat.Length, zero: false);
                if (flat.Length > 0) Marshal.Copy(flat, 0, array, flat.Length);
                slots.Add(array);
                slots.Add(rows);
                slots.Add(cols);
                break;
            }
            default:
                throw new NotSupportedException($"{Describe()}: ABI type '{parameter.AbiType}' is not known to this host");
        }

        ArgumentException Mismatch() => new($"{Describe()}: a {value?.GetType().Name ?? "null"} cannot be passed as {parameter.PythonType}");
    }

    private static object ReadResult(string abiType, IntPtr result)
    {
        switch (abiType)
        {
            case "int64": return Marshal.ReadInt64(result);
            case "float64": return BitConverter.Int64BitsToDouble(Marshal.ReadInt64(result));
            case "bool": return Marshal.ReadByte(result) != 0;
            case "utf8": return ReadStr(result, 0) ?? "";
            case "list_utf8":
            {
                var items = Marshal.ReadIntPtr(result);
                var strings = new string[checked((int)Marshal.ReadInt64(result, 8))];
                for (var i = 0; i < strings.Length; i++) strings[i] = ReadStr(items, 16 * i) ?? "";
                return strings;
            }
            case "list_int64":
            {
                var numbers = new long[checked((int)Marshal.ReadInt64(result, 8))];
                if (numbers.Length > 0) Marshal.Copy(Marshal.ReadIntPtr(result), numbers, 0, numbers.Length);
                return numbers;
            }
            case "list_float64":
            {
                var numbers = new double[checked((int)Marshal.ReadInt64(result, 8))];
                if (numbers.Length > 0) Marshal.Copy(Marshal.ReadIntPtr(result), numbers, 0, numbers.Length);
                return numbers;
            }
            case "matrix_float64":
            {
                var rows = checked((int)Marshal.ReadInt64(result, 8));
                var cols = checked((int)Marshal.ReadInt64(result, 16));
                var flat = new double[checked(rows * cols)];
                if (flat.Length > 0) Marshal.Copy(Marshal.ReadIntPtr(result), flat, 0, flat.Length);
                var matrix = new double[rows, cols];
                Buffer.BlockCopy(flat, 0, matrix, 0, sizeof(double) * flat.Length);
                return matrix;
            }
            default:
                throw new NotSupportedException($"result ABI type '{abiType}' is not known to this host");
        }
    }

    /// <summary>A <c>pyaot_str</c> at <paramref name="offset"/> of <paramref name="structure"/>, or null when its pointer is null.</summary>
    private static string? ReadStr(IntPtr structure, int offset)
    {
        var data = Marshal.ReadIntPtr(structure, offset);
        var length = Marshal.ReadInt64(structure, offset + 8);
        return data == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(data, checked((int)length));
    }

    private Action<IntPtr> BindFree(string symbol)
    {
        var function = NativeLibrary.GetExport(_handle, symbol);
        var invoke = BoundExport.CreateInvoker([typeof(IntPtr)], returnsVoid: true);
        return pointer => invoke(function, [pointer]);
    }

    /// <summary>One export: its manifest entry, its address, the dynamic cdecl caller built for its slots, and its result's free function.</summary>
    private sealed class BoundExport
    {
        public BoundExport(ManifestExport export, IntPtr function, Action<IntPtr>? free)
        {
            Export = export;
            Function = function;
            Free = free;
            Invoke = CreateInvoker(SlotTypes(export), returnsVoid: false);
        }

        public ManifestExport Export { get; }
        public IntPtr Function { get; }
        public Action<IntPtr>? Free { get; }
        public Func<IntPtr, object[], int> Invoke { get; }

        private static Type[] SlotTypes(ManifestExport export)
        {
            var types = new List<Type>();
            foreach (var parameter in export.Parameters)
                types.AddRange(parameter.AbiType switch
                {
                    "int64" => [typeof(long)],
                    "float64" => [typeof(double)],
                    "bool" => [typeof(byte)],
                    "utf8" or "list_utf8" or "list_int64" or "list_float64" => [typeof(IntPtr), typeof(long)],
                    "matrix_float64" => [typeof(IntPtr), typeof(long), typeof(long)],
                    var other => throw new NotSupportedException($"{export.Name}: ABI type '{other}' is not known to this host"),
                });
            if (export.Result.AbiType != "none") types.Add(typeof(IntPtr));
            types.Add(typeof(IntPtr));
            return [.. types];
        }

        /// <summary>
        /// A caller <c>(function, slots) =&gt; status</c>: loads each boxed slot as its native type and makes an unmanaged
        /// cdecl <c>calli</c> to the function pointer (status 0 for a void function).
        /// </summary>
        public static Func<IntPtr, object[], int> CreateInvoker(Type[] slotTypes, bool returnsVoid)
        {
            var method = new DynamicMethod("pyaot_call", typeof(int), [typeof(IntPtr), typeof(object[])], typeof(NativeLibraryHost).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            for (var i = 0; i < slotTypes.Length; i++)
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelem_Ref);
                il.Emit(OpCodes.Unbox_Any, slotTypes[i]);
            }
            il.Emit(OpCodes.Ldarg_0);
            il.EmitCalli(OpCodes.Calli, CallingConvention.Cdecl, returnsVoid ? typeof(void) : typeof(int), slotTypes);
            if (returnsVoid) il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ret);
            return method.CreateDelegate<Func<IntPtr, object[], int>>();
        }
    }

    /// <summary>Unmanaged buffers for one call, freed together.</summary>
    private sealed class UnmanagedMemory : IDisposable
    {
        private readonly List<IntPtr> _blocks = [];

        public IntPtr Allocate(int bytes, bool zero)
        {
            var block = Marshal.AllocHGlobal(Math.Max(bytes, 1));
            _blocks.Add(block);
            if (zero)
                for (var i = 0; i < bytes; i++) Marshal.WriteByte(block, i, 0);
            return block;
        }

        /// <summary>The UTF-8 bytes of <paramref name="text"/> (a lone surrogate throws ArgumentException) and their length.</summary>
        public (IntPtr Pointer, long Length) Utf8(string text)
        {
            byte[] bytes;
            try
            {
                bytes = s_utf8.GetBytes(text);
            }
            catch (EncoderFallbackException e)
            {
                throw new ArgumentException("a string argument is not valid Unicode (lone surrogate)", e);
            }
            var block = Allocate(bytes.Length, zero: false);
            if (bytes.Length > 0) Marshal.Copy(bytes, 0, block, bytes.Length);
            return (block, bytes.Length);
        }

        public void Dispose()
        {
            foreach (var block in _blocks) Marshal.FreeHGlobal(block);
            _blocks.Clear();
        }
    }
}
