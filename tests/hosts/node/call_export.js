// Calls one export of a PythonAot shared library through koffi, bound generically from its JSON manifest.
//
//     node call_export.js LIB.json EXPORT 'json-args'
//
// prints the result as JSON on the last line of stdout (the module's own top-level output, if any, comes first), or
// `error: Type: message` and exits with 1 when the export returns a non-zero status.
'use strict';

const fs = require('fs');
const path = require('path');
const koffi = require('koffi');

const PyStr = koffi.struct('pyaot_str', { data: 'void *', len: 'int64_t' });
const PyStrList = koffi.struct('pyaot_str_list', { items: 'void *', len: 'int64_t' });
const PyInt64List = koffi.struct('pyaot_int64_list', { data: 'void *', len: 'int64_t' });
const PyFloat64List = koffi.struct('pyaot_float64_list', { data: 'void *', len: 'int64_t' });
const PyMatrix = koffi.struct('pyaot_float64_matrix', { data: 'void *', rows: 'int64_t', cols: 'int64_t' });
const PyError = koffi.struct('pyaot_error', { type: PyStr, message: PyStr });

const RESULT_TYPES = {
  int64: 'int64_t',
  float64: 'double',
  bool: 'uint8_t',
  utf8: PyStr,
  list_utf8: PyStrList,
  list_int64: PyInt64List,
  list_float64: PyFloat64List,
  matrix_float64: PyMatrix,
};
const PRIMITIVE_RESULTS = new Set(['int64', 'float64', 'bool']);

function readStr(s) {
  const length = Number(s.len);
  if (!s.data || length === 0) return '';
  return Buffer.from(koffi.decode(s.data, 'uint8_t', length)).toString('utf8');
}

function utf8(text) {
  const bytes = Buffer.from(text, 'utf8');
  return [bytes.length === 0 ? null : bytes, bytes.length];
}

// The C slots of one argument: [types], [values].
function slots(abiType, value) {
  switch (abiType) {
    case 'int64': return [['int64_t'], [BigInt(value)]];
    case 'float64': return [['double'], [Number(value)]];
    case 'bool': return [['uint8_t'], [value ? 1 : 0]];
    case 'utf8': return [['const void *', 'int64_t'], utf8(value)];
    case 'list_utf8': {
      const items = value.map((text) => { const [data, len] = utf8(text); return { data, len }; });
      return [['const pyaot_str *', 'int64_t'], [items.length ? items : null, items.length]];
    }
    case 'list_int64': return [['const int64_t *', 'int64_t'], [value.length ? BigInt64Array.from(value.map(BigInt)) : null, value.length]];
    case 'list_float64': return [['const double *', 'int64_t'], [value.length ? Float64Array.from(value) : null, value.length]];
    case 'matrix_float64': {
      const rows = value.length;
      const cols = rows ? value[0].length : 0;
      if (value.some((row) => row.length !== cols)) throw new Error('a matrix argument must be rectangular');
      const flat = Float64Array.from(value.flat());
      return [['const double *', 'int64_t', 'int64_t'], [flat.length ? flat : null, rows, cols]];
    }
    default: throw new Error(`unknown ABI type ${abiType}`);
  }
}

function readResult(abiType, out) {
  switch (abiType) {
    case 'int64': return Number(out[0]);
    case 'float64': return out[0];
    case 'bool': return out[0] !== 0;
    case 'utf8': return readStr(out);
    case 'list_utf8': {
      const n = Number(out.len);
      return n === 0 ? [] : koffi.decode(out.items, PyStr, n).map(readStr);
    }
    case 'list_int64': { const n = Number(out.len); return n === 0 ? [] : Array.from(koffi.decode(out.data, 'int64_t', n), Number); }
    case 'list_float64': { const n = Number(out.len); return n === 0 ? [] : Array.from(koffi.decode(out.data, 'double', n)); }
    case 'matrix_float64': {
      const rows = Number(out.rows); const cols = Number(out.cols);
      const flat = rows * cols === 0 ? [] : Array.from(koffi.decode(out.data, 'double', rows * cols));
      const matrix = [];
      for (let i = 0; i < rows; i++) matrix.push(flat.slice(i * cols, (i + 1) * cols));
      return matrix;
    }
    default: throw new Error(`unknown ABI type ${abiType}`);
  }
}

function call(manifestPath, exportName, args) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const lib = koffi.load(path.join(path.dirname(path.resolve(manifestPath)), manifest.library));
  const exp = manifest.exports.find((e) => e.name === exportName);
  if (!exp) throw new Error(`${manifest.library} has no export '${exportName}'`);
  if (args.length !== exp.params.length) throw new Error(`${exp.pythonSignature} takes ${exp.params.length} arguments, ${args.length} given`);

  const types = [];
  const values = [];
  exp.params.forEach((p, i) => { const [t, v] = slots(p.abiType, args[i]); types.push(...t); values.push(...v); });
  const resultType = exp.result.abiType;
  let out = null;
  if (resultType !== 'none') {
    out = PRIMITIVE_RESULTS.has(resultType) ? [null] : {};
    types.push(koffi.out(koffi.pointer(RESULT_TYPES[resultType])));
    values.push(out);
  }
  const error = {};
  types.push(koffi.out(koffi.pointer(PyError)));
  values.push(error);

  const fn = lib.func(exp.symbol, 'int32_t', types);
  const status = fn(...values);
  if (status !== 0) {
    const failure = [readStr(error.type), readStr(error.message)];
    lib.func(manifest.freeFunctions.pyaot_error, 'void', [koffi.pointer(PyError)])(error);
    return [status, failure];
  }
  const value = out === null ? null : readResult(resultType, out);
  if (exp.result.free) lib.func(exp.result.free, 'void', [koffi.pointer(RESULT_TYPES[resultType])])(out);
  return [status, value];
}

function main() {
  if (process.argv.length !== 5) {
    console.error("usage: node call_export.js LIB.json EXPORT 'json-args'");
    process.exit(2);
  }
  const [status, value] = call(process.argv[2], process.argv[3], JSON.parse(process.argv[4]));
  if (status !== 0) {
    const [type, message] = value;
    process.stdout.write(message ? `error: ${type}: ${message}\n` : `error: ${type}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(JSON.stringify(value) + '\n');
}

main();
