package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/aws/eventbus"
	"github.com/precis-news/precis/shared/ingest"
)

// localEvents is where `precis local` delivers article events: printed on out (--events),
// POSTed to a webhook (--webhook), both, or nowhere (nil).
func localEvents(print bool, webhook string, out io.Writer) (ingest.Publisher, error) {
	var all []ingest.Publisher
	if print {
		all = append(all, eventbus.NewWriter(out, devstack.Region))
	}
	if webhook != "" {
		hook, err := eventbus.NewWebhook(webhook, devstack.Region)
		if err != nil {
			return nil, fmt.Errorf("%w: --webhook: %w", errUsage, err)
		}
		all = append(all, hook)
	}
	switch len(all) {
	case 0:
		return nil, nil
	case 1:
		return all[0], nil
	}
	return eventbus.NewAll(all...), nil
}

// eventsNote says, under the banner, where events go ("" when nowhere).
func eventsNote(print bool, webhook string) string {
	var to []string
	if print {
		to = append(to, "printed below, one JSON line each")
	}
	if webhook != "" {
		to = append(to, "POSTed to "+webhook)
	}
	if len(to) == 0 {
		return ""
	}
	return "Events of finished articles: " + strings.Join(to, "; ") + ".\n\n"
}
