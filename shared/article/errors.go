package article

import (
	"errors"
	"fmt"
)

// FormatError is input the summarizer cannot read: Detail says what it was found to be, for
// a person ("PDF file"). errors.Is(err, ErrUnsupportedFormat) holds for it.
type FormatError struct {
	Detail string
}

func (e *FormatError) Error() string { return e.Detail + ": " + ErrUnsupportedFormat.Error() }

// Unwrap makes a FormatError an ErrUnsupportedFormat.
func (e *FormatError) Unwrap() error { return ErrUnsupportedFormat }

// Reason is the sentence a person reads for an article the summarizer refused (err wraps
// ErrTooLarge, ErrUnsupportedFormat, ErrNoText or ErrUnsupportedLanguage), or "" when err
// is not about the article (nil, or a transient failure): the record of a refused article
// says why in these words.
func Reason(err error) string {
	var format *FormatError
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrTooLarge):
		return "The file is over the size limit."
	case errors.As(err, &format):
		return fmt.Sprintf("The file is not a text, HTML or Markdown article (%s).", format.Detail)
	case errors.Is(err, ErrUnsupportedFormat):
		return "The file is not a text, HTML or Markdown article."
	case errors.Is(err, ErrNoText):
		return "No article text was found in the file."
	case errors.Is(err, ErrUnsupportedLanguage):
		return "The article is not in English, the only language supported so far."
	}
	return ""
}
