namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// The generated headers from C: they compile as strict C99 (both at once: the shared typedefs are guarded), and a C
/// program linked against the libraries checks what the managed hosts cannot send: malformed UTF-8, negative
/// lengths, a null result pointer, a null error pointer, and freeing twice.
/// </summary>
[NonParallelizable]
public sealed class CAbiTests
{
    private const string Program = """
        #include <stdio.h>
        #include <string.h>
        #include "prompt_builder.h"
        #include "abi_numeric.h"

        static void show(const char* what, int32_t status, pyaot_error* e) {
            printf("%s: %d %s: %s\n", what, (int)status, e->type.data ? e->type.data : "-", e->message.data ? e->message.data : "-");
            prompt_builder_free_error(e);
            prompt_builder_free_error(e); /* freeing twice is harmless: the struct was zeroed */
        }

        int main(void) {
            pyaot_error e = {{0, 0}, {0, 0}};
            pyaot_str_list out = {0, 0};
            pyaot_str texts[2] = {{"h\xc3\xa9llo", 6}, {"\xe6\x97\xa5", 3}};
            int32_t s = prompt_builder_embed_prompts(texts, 2, "query", 5, &out, &e);
            printf("ok: %d %lld [%s] [%s]\n", (int)s, (long long)out.len, out.items[0].data, out.items[1].data);
            prompt_builder_free_str_list(&out);
            prompt_builder_free_str_list(&out);

            pyaot_str bad[1] = {{"\xc3\x28", 2}};
            show("bad utf8 item", prompt_builder_embed_prompts(bad, 1, "query", 5, &out, &e), &e);
            show("overlong", prompt_builder_embed_prompts(texts, 1, "\xc0\xaf", 2, &out, &e), &e);
            show("surrogate", prompt_builder_embed_prompts(texts, 1, "\xed\xa0\x80", 3, &out, &e), &e);
            show("negative", prompt_builder_embed_prompts(texts, -1, "query", 5, &out, &e), &e);
            show("null with length", prompt_builder_embed_prompts(NULL, 1, "query", 5, &out, &e), &e);
            show("null result", prompt_builder_embed_prompts(texts, 1, "query", 5, NULL, &e), &e);
            show("key", prompt_builder_embed_prompts(texts, 1, "nope", 4, &out, &e), &e);
            printf("null error: %d\n", (int)prompt_builder_embed_prompts(texts, 1, "nope", 4, &out, NULL));
            s = prompt_builder_embed_prompts(NULL, 0, "query", 5, &out, &e);
            printf("empty: %d %lld\n", (int)s, (long long)out.len);

            int64_t sum = 0;
            s = abi_numeric_add(40, 2, &sum, &e);
            printf("add: %d %lld\n", (int)s, (long long)sum);
            pyaot_float64_matrix m = {0, 0, 0};
            show("ragged", abi_numeric_triangle(2, &m, &e), &e);
            double data[6] = {1, 2, 3, 4, 5, 6};
            s = abi_numeric_transpose(data, 2, 3, &m, &e);
            printf("transpose: %d %lldx%lld %g %g %g\n", (int)s, (long long)m.rows, (long long)m.cols, m.data[0], m.data[1], m.data[5]);
            abi_numeric_free_float64_matrix(&m);
            show("matrix shape", abi_numeric_transpose(data, -1, 3, &m, &e), &e);
            return 0;
        }
        """;

    [Test]
    public void HeadersCompileAsStrictC()
    {
        var (promptDir, numericDir) = Libraries();
        var c = Path.Combine(promptDir, "headers.c");
        File.WriteAllText(c, "#include \"prompt_builder.h\"\n#include \"abi_numeric.h\"\n#include \"prompt_builder.h\"\nint main(void) { return 0; }\n");
        HostingLibraries.Run("gcc", ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only", "-I", promptDir, "-I", numericDir, c]);
        HostingLibraries.Run("g++", ["-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-x", "c++", "-I", promptDir, "-I", numericDir, c]);
    }

    [Test]
    public void CProgram_SeesStatusesErrorsAndResults()
    {
        var (promptDir, numericDir) = Libraries();
        var c = Path.Combine(promptDir, "program.c");
        var exe = Path.Combine(promptDir, "program");
        File.WriteAllText(c, Program);
        HostingLibraries.Run("gcc", ["-std=c99", "-Wall", "-Wextra", "-Werror", "-I", promptDir, "-I", numericDir, "-o", exe, c,
            "-L", promptDir, "-L", numericDir, "-lprompt_builder", "-labi_numeric", "-Wl,-rpath," + promptDir + ":" + numericDir]);
        var output = HostingLibraries.Run(exe, []);
        Assert.That(output, Is.EqualTo("""
            ['search_query: hello world', 'search_query: typed python']
            ['search_document: a document']
            ok: 0 2 [search_query: héllo] [search_query: 日]
            bad utf8 item: 2 UnicodeDecodeError: argument 'texts[0]' is not valid UTF-8
            overlong: 2 UnicodeDecodeError: argument 'task' is not valid UTF-8
            surrogate: 2 UnicodeDecodeError: argument 'task' is not valid UTF-8
            negative: 2 ValueError: argument 'texts': negative length -1
            null with length: 2 ValueError: argument 'texts': null pointer with length 1
            null result: 2 ValueError: the result pointer is null
            key: 1 KeyError: 'nope'
            null error: 1
            empty: 0 0
            add: 0 42
            ragged: 1 ValueError: list[list[float]] result is ragged: row 1 has 2 items, row 0 has 1
            transpose: 0 3x2 1 4 6
            matrix shape: 2 ValueError: argument 'm': negative shape

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    private static (string PromptDir, string NumericDir) Libraries() =>
        (Path.GetDirectoryName(HostingLibraries.Build(HostingLibraries.PromptBuilderSource))!,
         Path.GetDirectoryName(HostingLibraries.Build(HostingLibraries.NumericSource))!);
}
