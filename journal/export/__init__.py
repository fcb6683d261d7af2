"""Exports that leave the app: the PDF (Qt's own printing stack) and its command-line face.

JSON and CSV live in `journal.services.interchange`; this package lays out reports for people.
"""
