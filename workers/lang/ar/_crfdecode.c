/*
 * Decoding for the Arabic tagger's linear-chain CRF: state scores from feature ids, Viterbi tags and per-token
 * marginals, for every sentence of a document in one call.
 *
 * The recurrences are CRFsuite's (crf1d_context.c): Viterbi keeps the first best previous label on ties and the
 * last position's first best label; marginals come from the scaled forward-backward pass. Only the order in which
 * a token's feature weights are added differs, so tags are CRFsuite's and marginals agree to rounding.
 * gather turns a document's feature groups into attribute rows, packing a group it meets the first time through
 * a callback. workers/lang/ar/crf.py prepares the arrays; without this extension the tagger runs through
 * python-crfsuite.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* One sentence of n tokens: tags[t] and, when marginals is not NULL, marginals[t * L + j]. */
static void decode_sentence(const double *state, Py_ssize_t n, Py_ssize_t L, const double *trans,
                            const double *exp_trans, int32_t *tags, double *marginals, double *work,
                            int32_t *back)
{
    Py_ssize_t t, i, j;
    double *score = work; /* n * L Viterbi scores */
    for (j = 0; j < L; ++j)
        score[j] = state[j];
    for (t = 1; t < n; ++t) {
        const double *prev = score + (t - 1) * L;
        double *cur = score + t * L;
        for (j = 0; j < L; ++j) {
            double best = -DBL_MAX;
            int32_t arg = -1;
            for (i = 0; i < L; ++i) {
                double s = prev[i] + trans[i * L + j];
                if (best < s) {
                    best = s;
                    arg = (int32_t)i;
                }
            }
            cur[j] = best + state[t * L + j];
            back[t * L + j] = arg;
        }
    }
    {
        double best = -DBL_MAX;
        int32_t last = 0;
        const double *final = score + (n - 1) * L;
        for (i = 0; i < L; ++i) {
            if (best < final[i]) {
                best = final[i];
                last = (int32_t)i;
            }
        }
        tags[n - 1] = last;
        for (t = n - 1; t > 0; --t) {
            last = back[t * L + last];
            tags[t - 1] = last;
        }
    }
    if (marginals == NULL)
        return;

    double *exp_state = work;          /* n * L, reusing the Viterbi scores */
    double *alpha = marginals;         /* n * L, turned into the marginals at the end */
    double *beta = work + n * L;       /* n * L */
    double *scale = work + 2 * n * L; /* n */
    double *row = scale + n;           /* L */
    for (t = 0; t < n * L; ++t)
        exp_state[t] = exp(state[t]);

    double sum = 0.0;
    for (j = 0; j < L; ++j) {
        alpha[j] = exp_state[j];
        sum += alpha[j];
    }
    scale[0] = sum != 0.0 ? 1.0 / sum : 1.0;
    for (j = 0; j < L; ++j)
        alpha[j] *= scale[0];
    for (t = 1; t < n; ++t) {
        const double *prev = alpha + (t - 1) * L;
        double *cur = alpha + t * L;
        for (j = 0; j < L; ++j)
            cur[j] = 0.0;
        for (i = 0; i < L; ++i) {
            const double weight = prev[i];
            const double *tr = exp_trans + i * L;
            for (j = 0; j < L; ++j)
                cur[j] += weight * tr[j];
        }
        sum = 0.0;
        for (j = 0; j < L; ++j) {
            cur[j] *= exp_state[t * L + j];
            sum += cur[j];
        }
        scale[t] = sum != 0.0 ? 1.0 / sum : 1.0;
        for (j = 0; j < L; ++j)
            cur[j] *= scale[t];
    }
    for (j = 0; j < L; ++j)
        beta[(n - 1) * L + j] = scale[n - 1];
    for (t = n - 2; t >= 0; --t) {
        const double *next = beta + (t + 1) * L;
        double *cur = beta + t * L;
        for (j = 0; j < L; ++j)
            row[j] = next[j] * exp_state[(t + 1) * L + j];
        for (i = 0; i < L; ++i) {
            const double *tr = exp_trans + i * L;
            double dot = 0.0;
            for (j = 0; j < L; ++j)
                dot += tr[j] * row[j];
            cur[i] = dot * scale[t];
        }
    }
    for (t = 0; t < n; ++t)
        for (j = 0; j < L; ++j)
            marginals[t * L + j] = alpha[t * L + j] * beta[t * L + j] / scale[t];
}

static int check(Py_buffer *buffer, Py_ssize_t itemsize, Py_ssize_t count, const char *name)
{
    if (buffer->len != itemsize * count) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd items of %zd bytes, got %zd bytes", name, count,
                     itemsize, buffer->len);
        return 0;
    }
    return 1;
}

PyDoc_STRVAR(decode_doc,
             "decode(weights, transitions, labels, ids, offsets, lengths, tags, marginals)\n\n"
             "Tag every sentence of a document. weights: doubles, one row of `labels` per attribute; transitions:\n"
             "labels x labels doubles, [i * labels + j] from label i to label j; ids: int32 attribute rows of all\n"
             "tokens, token t's from offsets[t] to offsets[t + 1]; lengths: int32 sentence lengths (tokens in\n"
             "order). Writes int32 label indices into tags and, unless marginals is None, each token's label\n"
             "probabilities into marginals (doubles, tokens x labels).");

static PyObject *decode(PyObject *self, PyObject *args)
{
    Py_buffer weights, transitions, ids, offsets, lengths, tags, marginals;
    Py_ssize_t L;
    PyObject *marginals_object;
    PyObject *result = NULL;
    double *state = NULL, *work = NULL, *exp_trans = NULL;
    int32_t *back = NULL;
    int have_marginals = 0;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*ny*y*y*w*O", &weights, &transitions, &L, &ids, &offsets, &lengths, &tags,
                          &marginals_object))
        return NULL;
    if (marginals_object != Py_None) {
        if (PyObject_GetBuffer(marginals_object, &marginals, PyBUF_WRITABLE) < 0)
            goto done;
        have_marginals = 1;
    }
    Py_ssize_t tokens = tags.len / 4;
    Py_ssize_t sentences = lengths.len / 4;
    Py_ssize_t attributes = L > 0 ? weights.len / (8 * L) : 0;
    if (L <= 0 || !check(&weights, 8, attributes * L, "weights") || !check(&transitions, 8, L * L, "transitions")
        || !check(&tags, 4, tokens, "tags") || !check(&offsets, 4, tokens + 1, "offsets")
        || !check(&lengths, 4, sentences, "lengths") || (ids.len % 4) != 0
        || (have_marginals && !check(&marginals, 8, tokens * L, "marginals")))
        goto done;
    const double *w = (const double *)weights.buf;
    const double *trans = (const double *)transitions.buf;
    const int32_t *id = (const int32_t *)ids.buf;
    const int32_t *offset = (const int32_t *)offsets.buf;
    const int32_t *length = (const int32_t *)lengths.buf;
    Py_ssize_t id_count = ids.len / 4;
    Py_ssize_t total = 0, longest = 0, s, t, j, k;
    for (s = 0; s < sentences; ++s) {
        if (length[s] <= 0) {
            PyErr_SetString(PyExc_ValueError, "lengths: every sentence needs a token");
            goto done;
        }
        total += length[s];
        if (length[s] > longest)
            longest = length[s];
    }
    if (total != tokens || offset[0] != 0 || offset[tokens] != id_count) {
        PyErr_SetString(PyExc_ValueError, "lengths, offsets and ids do not describe the same tokens");
        goto done;
    }
    for (t = 0; t < tokens; ++t) {
        if (offset[t + 1] < offset[t]) {
            PyErr_SetString(PyExc_ValueError, "offsets must not decrease");
            goto done;
        }
    }
    for (k = 0; k < id_count; ++k) {
        if (id[k] < 0 || id[k] >= attributes) {
            PyErr_Format(PyExc_ValueError, "ids: %d is not an attribute row", (int)id[k]);
            goto done;
        }
    }
    state = PyMem_Malloc(sizeof(double) * (size_t)(tokens * L + 1));
    work = PyMem_Malloc(sizeof(double) * (size_t)(3 * longest * L + longest + L + 1));
    back = PyMem_Malloc(sizeof(int32_t) * (size_t)(longest * L + 1));
    exp_trans = PyMem_Malloc(sizeof(double) * (size_t)(L * L));
    if (state == NULL || work == NULL || back == NULL || exp_trans == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (k = 0; k < L * L; ++k)
        exp_trans[k] = exp(trans[k]);
    Py_BEGIN_ALLOW_THREADS
    for (t = 0; t < tokens; ++t) {
        double *row = state + t * L;
        for (j = 0; j < L; ++j)
            row[j] = 0.0;
        for (k = offset[t]; k < offset[t + 1]; ++k) {
            const double *weight = w + (Py_ssize_t)id[k] * L;
            for (j = 0; j < L; ++j)
                row[j] += weight[j];
        }
    }
    Py_ssize_t first = 0;
    for (s = 0; s < sentences; ++s) {
        decode_sentence(state + first * L, length[s], L, trans, exp_trans, (int32_t *)tags.buf + first,
                        have_marginals ? (double *)marginals.buf + first * L : NULL, work, back);
        first += length[s];
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    PyMem_Free(state);
    PyMem_Free(work);
    PyMem_Free(back);
    PyMem_Free(exp_trans);
    PyBuffer_Release(&weights);
    PyBuffer_Release(&transitions);
    PyBuffer_Release(&ids);
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&lengths);
    PyBuffer_Release(&tags);
    if (have_marginals)
        PyBuffer_Release(&marginals);
    return result;
}

/*
 * RowCache: each feature group's attribute rows, keyed by the group object itself. A document's groups are the
 * same tuple objects again and again (a word's features are built once and kept), so finding them by address
 * skips hashing a tuple of strings at every token, which a dict would do. The cache holds a reference to every key,
 * so no address is reused by another object while its entry lives.
 */
typedef struct {
    PyObject_HEAD
    Py_ssize_t capacity; /* a power of two, or 0 before the first entry */
    Py_ssize_t used;
    PyObject **keys;
    PyObject **values;
} RowCache;

static size_t slot_of(const PyObject *key, Py_ssize_t capacity)
{
    /* Objects are 16-byte aligned: drop the bits that never differ, then mix the rest into the low bits. */
    uint64_t h = ((uint64_t)(uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h ^ (h >> 32)) & (size_t)(capacity - 1);
}

static PyObject *row_cache_find(RowCache *cache, PyObject *key)
{
    if (cache->capacity == 0)
        return NULL;
    size_t mask = (size_t)cache->capacity - 1;
    for (size_t i = slot_of(key, cache->capacity);; i = (i + 1) & mask) {
        if (cache->keys[i] == key)
            return cache->values[i];
        if (cache->keys[i] == NULL)
            return NULL;
    }
}

static void row_cache_release(RowCache *cache)
{
    for (Py_ssize_t i = 0; i < cache->capacity; ++i) {
        if (cache->keys[i] != NULL) {
            Py_DECREF(cache->keys[i]);
            Py_DECREF(cache->values[i]);
        }
    }
    PyMem_Free(cache->keys);
    PyMem_Free(cache->values);
    cache->keys = cache->values = NULL;
    cache->capacity = cache->used = 0;
}

/* Steals nothing: takes new references to key and value. */
static int row_cache_add(RowCache *cache, PyObject *key, PyObject *value)
{
    if (2 * (cache->used + 1) > cache->capacity) {
        Py_ssize_t capacity = cache->capacity ? 2 * cache->capacity : 1024;
        PyObject **keys = PyMem_Calloc((size_t)capacity, sizeof(PyObject *));
        PyObject **values = PyMem_Calloc((size_t)capacity, sizeof(PyObject *));
        if (keys == NULL || values == NULL) {
            PyMem_Free(keys);
            PyMem_Free(values);
            PyErr_NoMemory();
            return -1;
        }
        for (Py_ssize_t i = 0; i < cache->capacity; ++i) {
            if (cache->keys[i] == NULL)
                continue;
            size_t j = slot_of(cache->keys[i], capacity);
            while (keys[j] != NULL)
                j = (j + 1) & (size_t)(capacity - 1);
            keys[j] = cache->keys[i];
            values[j] = cache->values[i];
        }
        PyMem_Free(cache->keys);
        PyMem_Free(cache->values);
        cache->keys = keys;
        cache->values = values;
        cache->capacity = capacity;
    }
    size_t i = slot_of(key, cache->capacity);
    while (cache->keys[i] != NULL)
        i = (i + 1) & (size_t)(cache->capacity - 1);
    Py_INCREF(key);
    Py_INCREF(value);
    cache->keys[i] = key;
    cache->values[i] = value;
    cache->used += 1;
    return 0;
}

static void row_cache_dealloc(RowCache *cache)
{
    PyObject_GC_UnTrack(cache);
    row_cache_release(cache);
    Py_TYPE(cache)->tp_free((PyObject *)cache);
}

static int row_cache_traverse(RowCache *cache, visitproc visit, void *arg)
{
    for (Py_ssize_t i = 0; i < cache->capacity; ++i) {
        Py_VISIT(cache->keys[i]);
        Py_VISIT(cache->values[i]);
    }
    return 0;
}

static int row_cache_tp_clear(RowCache *cache)
{
    row_cache_release(cache);
    return 0;
}

static PyObject *row_cache_clear(RowCache *cache, PyObject *unused)
{
    (void)unused;
    row_cache_release(cache);
    Py_RETURN_NONE;
}

static Py_ssize_t row_cache_length(RowCache *cache)
{
    return cache->used;
}

static PyMethodDef row_cache_methods[] = {
    {"clear", (PyCFunction)row_cache_clear, METH_NOARGS, "Forget every entry."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods row_cache_sequence = {
    .sq_length = (lenfunc)row_cache_length,
};

static PyTypeObject RowCacheType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "_crfdecode.RowCache",
    .tp_doc = PyDoc_STR("Feature groups' attribute rows, keyed by the group objects (see gather)."),
    .tp_basicsize = sizeof(RowCache),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = PyType_GenericNew,
    .tp_dealloc = (destructor)row_cache_dealloc,
    .tp_traverse = (traverseproc)row_cache_traverse,
    .tp_clear = (inquiry)row_cache_tp_clear,
    .tp_methods = row_cache_methods,
    .tp_as_sequence = &row_cache_sequence,
};

PyDoc_STRVAR(gather_doc,
             "gather(groups, cache, pack) -> (ids, offsets)\n\n"
             "The attribute rows of a document's tokens, ready for decode. groups: per token a list of feature\n"
             "groups (tuples of feature names); cache: a RowCache of the rows (int32 bytes) of groups met before;\n"
             "pack: called with a group the cache lacks, returns its rows, which are added to the cache. Returns\n"
             "ids, every token's rows in order, and offsets, int32 token boundaries into ids (tokens + 1 of them).");

static PyObject *gather(PyObject *self, PyObject *args)
{
    PyObject *groups, *pack;
    RowCache *cache;
    PyObject **found = NULL;
    PyObject *ids = NULL, *offsets = NULL, *result = NULL;
    Py_ssize_t count = 0, filled = 0, bytes = 0, t, g;
    (void)self;
    if (!PyArg_ParseTuple(args, "O!O!O", &PyList_Type, &groups, &RowCacheType, &cache, &pack))
        return NULL;
    Py_ssize_t tokens = PyList_GET_SIZE(groups);
    for (t = 0; t < tokens; ++t) {
        PyObject *token = PyList_GET_ITEM(groups, t);
        if (!PyList_Check(token)) {
            PyErr_SetString(PyExc_TypeError, "groups: every token's groups must be a list");
            return NULL;
        }
        count += PyList_GET_SIZE(token);
    }
    found = PyMem_Malloc(sizeof(PyObject *) * (size_t)(count + 1));
    offsets = PyBytes_FromStringAndSize(NULL, 4 * (tokens + 1));
    if (found == NULL || offsets == NULL) {
        if (found == NULL)
            PyErr_NoMemory();
        goto done;
    }
    /* Resolve every group first (calling pack on a miss), so the rows' total size is known before copying. */
    for (t = 0; t < tokens; ++t) {
        PyObject *token = PyList_GET_ITEM(groups, t);
        for (g = 0; g < PyList_GET_SIZE(token); ++g) {
            PyObject *group = PyList_GET_ITEM(token, g);
            PyObject *rows = row_cache_find(cache, group);
            if (rows != NULL) {
                Py_INCREF(rows);
            } else {
                rows = PyObject_CallOneArg(pack, group);
                if (rows == NULL)
                    goto done;
                if (!PyBytes_Check(rows) || (PyBytes_GET_SIZE(rows) % 4) != 0) {
                    Py_DECREF(rows);
                    PyErr_SetString(PyExc_TypeError, "pack must return int32 rows as bytes");
                    goto done;
                }
                if (row_cache_add(cache, group, rows) < 0) {
                    Py_DECREF(rows);
                    goto done;
                }
            }
            found[filled++] = rows;
            bytes += PyBytes_GET_SIZE(rows);
        }
    }
    ids = PyBytes_FromStringAndSize(NULL, bytes);
    if (ids == NULL)
        goto done;
    {
        char *out = PyBytes_AS_STRING(ids);
        int32_t *offset = (int32_t *)PyBytes_AS_STRING(offsets);
        Py_ssize_t k = 0, at = 0;
        offset[0] = 0;
        for (t = 0; t < tokens; ++t) {
            Py_ssize_t n = PyList_GET_SIZE(PyList_GET_ITEM(groups, t));
            for (g = 0; g < n; ++g, ++k) {
                Py_ssize_t size = PyBytes_GET_SIZE(found[k]);
                memcpy(out + at, PyBytes_AS_STRING(found[k]), (size_t)size);
                at += size;
            }
            offset[t + 1] = (int32_t)(at / 4);
        }
    }
    result = PyTuple_Pack(2, ids, offsets);
done:
    for (t = 0; t < filled; ++t)
        Py_DECREF(found[t]);
    PyMem_Free(found);
    Py_XDECREF(ids);
    Py_XDECREF(offsets);
    return result;
}

static PyMethodDef methods[] = {
    {"gather", gather, METH_VARARGS, gather_doc},
    {"decode", decode, METH_VARARGS, decode_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_crfdecode", "Linear-chain CRF decoding for the Arabic tagger.", -1, methods,
};

PyMODINIT_FUNC PyInit__crfdecode(void)
{
    if (PyType_Ready(&RowCacheType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&RowCacheType);
    if (PyModule_AddObject(m, "RowCache", (PyObject *)&RowCacheType) < 0) {
        Py_DECREF(&RowCacheType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
