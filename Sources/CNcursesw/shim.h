#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, and without it curses.h hides the whole
   wide-character API (wget_wch, wadd_wch, setcchar, cchar_t). Turn it on explicitly. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects references to mutable C globals, so read them through functions. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }

/* Attribute macros are casts over NCURSES_BITS, which Swift cannot import. */
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }

/* KEY_F(n) is a function-like macro. */
static inline int nc_key_f(int n) { return KEY_F(n); }

/* Mouse masks are function-like macros too. */
static inline mmask_t nc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t nc_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED;
    case 2: return BUTTON2_PRESSED;
    case 3: return BUTTON3_PRESSED;
    case 4: return BUTTON4_PRESSED;
    case 5: return BUTTON5_PRESSED;
    default: return 0;
    }
}
static inline mmask_t nc_button_released(int button) {
    switch (button) {
    case 1: return BUTTON1_RELEASED;
    case 2: return BUTTON2_RELEASED;
    case 3: return BUTTON3_RELEASED;
    default: return 0;
    }
}
static inline mmask_t nc_button_clicked(int button) {
    switch (button) {
    case 1: return BUTTON1_CLICKED;
    case 2: return BUTTON2_CLICKED;
    case 3: return BUTTON3_CLICKED;
    default: return 0;
    }
}

/* Write one grapheme (up to CCHARW_MAX scalars, NUL-terminated) with attributes and a pair. */
static inline int nc_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, (short)pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/* The maximum number of scalars one cchar_t holds. */
static inline int nc_ccharw_max(void) { return CCHARW_MAX; }

/* True when the current LC_CTYPE encodes UTF-8. */
static inline int nc_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't');
}

#endif
