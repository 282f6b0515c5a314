/*
 * Runtime-private declarations shared by the files in runtime/src. Generated code never includes this.
 */
#ifndef DN_INTERNAL_H
#define DN_INTERNAL_H

#include "dotnative.h"

#include <stdint.h>

/* ---- threads.c ---- */
/* Creates the main thread's DnThread (thread id 1) and attaches it; called by dn_main after
 * dn_gc_init. */
void dn_threads_init_main(void);
/* A new DnThread record (GC-scanned, uncollectable) with the next thread id and hash seed. */
DnThread *dn_thread_new_record(void);
/* Makes `t` the calling thread's DnThread: TLS, stack bounds, signal stack, thread list. */
void dn_thread_bind(DnThread *t);
/* Undoes dn_thread_bind and frees the record. */
void dn_thread_unbind(DnThread *t);
/* Blocks until every foreground thread started with dn_thread_start has ended. */
void dn_threads_wait_foreground(void);
/* Skips thread ids as CoreCLR's start-up does (its finalizer and tiering threads), so that
 * user threads get the ids and hash code seeds they get under dotnet. */
void dn_threads_reserve_ids(int count);

/* The CLOCK_REALTIME time `ms` milliseconds from now (for pthread_cond_timedwait). */
struct timespec;
void dn_deadline_after_ms(struct timespec *deadline, int32_t ms);

/* ---- stack_overflow.c ---- */
/* Installs the process-wide SIGSEGV/SIGBUS handler (once). */
void dn_stack_overflow_install(void);
/* Records the calling thread's stack bounds in t and gives it an alternate signal stack. */
void dn_stack_overflow_thread_init(DnThread *t);
void dn_stack_overflow_thread_fini(DnThread *t);

/* ---- gc_boehm.c ---- */
/* Starts the finalizer thread (dn_main calls it at start-up, as CoreCLR does). */
void dn_gc_start_finalizer_thread(void);

/* ---- unicode.c ---- */
/* UTF-16 → UTF-8 (lone surrogates become U+FFFD). Returns a malloc'ed, NUL-terminated buffer
 * (NULL if out of memory); *out_len (optional) receives the byte count. */
char *dn_utf16_to_utf8(const uint16_t *chars, size_t length, size_t *out_len);
/* UTF-8 → UTF-16 code units. With out == NULL only counts. Invalid sequences decode to
 * U+FFFD, one per maximal invalid subpart (the Unicode/WHATWG convention .NET follows). */
size_t dn_utf8_to_utf16(const char *utf8, size_t bytes, uint16_t *out);

/* ---- stack_trace.c ---- */
/* `throw ex`: starts ex's trace anew (or continues a restored one, see
 * dn_stack_trace_prepare_foreign_raise). */
void dn_stack_trace_on_throw(DnObject *ex);
/* exception_filters.c: the first pass for a new exception (not pending yet); a barrier record
 * ends every first pass that reaches it (the runtime's own boundaries that take exceptions). */
void dn_eh_first_pass(DnObject *ex);
void dn_eh_barrier_push(DnEhFrame *f);
void dn_eh_barrier_pop(DnEhFrame *f);

/* ---- exceptions.c ---- */
/* Writes all of buf to stderr (fd 2), unbuffered. */
void dn_write_stderr(const char *buf, size_t len);
void dn_write_stderr_str(const char *s);
/* Writes a managed string to stderr as UTF-8. */
void dn_write_stderr_string(const DnString *s);
/* Restores SIGABRT's default action and aborts (exit status 134). */
DN_NORETURN void dn_abort(void);

#define DN_ALIGN8(n) (((n) + 7u) & ~(size_t)7u)

#endif /* DN_INTERNAL_H */
