// The process's arguments as the C runtime hands them to the program, captured before main.
#ifndef SCRIPTLINT_ARGUMENTS_H
#define SCRIPTLINT_ARGUMENTS_H
/// argc, or -1 when the C runtime did not pass the arguments to initialisers.
int sl_argc(void);
/// argv (NULL-terminated), or NULL as for sl_argc.
char **sl_argv(void);
#endif
