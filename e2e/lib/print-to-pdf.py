#!/usr/bin/env python3
"""Prints an HTML file to PDF through WebKitGTK's own print path: the print
stylesheet applies as it does when a person presses Print, with no dialog.
Usage: print-to-pdf.py PAGE.html OUT.pdf [a4|letter]"""
import sys
import gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2, GLib

src, out = sys.argv[1], sys.argv[2]
paper = Gtk.PAPER_NAME_LETTER if sys.argv[3:] == ['letter'] else Gtk.PAPER_NAME_A4
win = Gtk.OffscreenWindow()
view = WebKit2.WebView()
win.add(view)
win.show_all()
status = {'code': 1}

def done(*_):
    status['code'] = 0
    Gtk.main_quit()

def failed(_op, err):
    print('print failed:', err, file=sys.stderr)
    Gtk.main_quit()

def loaded(v, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
    settings = Gtk.PrintSettings()
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out, None))
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, 'pdf')
    settings.set_printer('Print to File')
    setup = Gtk.PageSetup()
    setup.set_paper_size(Gtk.PaperSize.new(paper))
    op = WebKit2.PrintOperation.new(v)
    op.set_print_settings(settings)
    op.set_page_setup(setup)
    op.connect('finished', done)
    op.connect('failed', failed)
    op.print_()

view.connect('load-changed', loaded)
view.load_uri(GLib.filename_to_uri(src, None))
GLib.timeout_add_seconds(60, lambda: (print('timed out', file=sys.stderr), Gtk.main_quit()))
Gtk.main()
sys.exit(status['code'])
