#include "arguments.h"
#include <stddef.h>

// Swift's CommandLine reads /proc/self/cmdline on Linux; where /proc is not mounted (a bare chroot,
// some sandboxes) it sees no arguments at all. glibc, musl and Darwin's dyld pass argc and argv to
// initialisers in .init_array / __mod_init_func, so they are kept here from the start.
static int saved_argc = -1;
static char **saved_argv = NULL;

__attribute__((constructor)) static void sl_capture_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    if (argc >= 0 && argv) {
        saved_argc = argc;
        saved_argv = argv;
    }
}

int sl_argc(void) { return saved_argc; }
char **sl_argv(void) { return saved_argv; }
