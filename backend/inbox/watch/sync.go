package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"relance/backend"
)

// checkAll re-opens and checks every folder, the first one last so that it stays selected for IDLE. A folder
// that cannot be opened is recorded (folderErr) and skipped; any other error ends the session.
func (s *session) checkAll(ctx context.Context) error {
	s.folderErrs = nil
	folders := s.w.acc.Folders
	for i := len(folders) - 1; i >= 0; i-- {
		err := s.check(ctx, folders[i], true)
		var f *failure
		if errors.As(err, &f) && f.folder != "" {
			if s.folderErrs == nil {
				s.folderErrs = map[string]error{}
			}
			s.folderErrs[folders[i]] = err
			continue
		}
		if err != nil {
			return err
		}
	}
	if s.selected != "" {
		return nil
	}
	// The first folder could not be opened: IDLE follows the first one that can.
	for _, f := range folders {
		if s.folderErrs[f] == nil {
			return s.check(ctx, f, true)
		}
	}
	return nil
}

// folderErr is the error of the first folder, in the configured order, that could not be opened.
func (s *session) folderErr() error {
	for _, f := range s.w.acc.Folders {
		if err := s.folderErrs[f]; err != nil {
			return err
		}
	}
	return nil
}

// open selects folder read-only (EXAMINE).
func (s *session) open(folder string) error {
	s.selected = ""
	wd := s.watch()
	data, err := s.c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err = wd.stop(err); err != nil {
		var ie *imap.Error
		if errors.As(err, &ie) {
			return &failure{code: backend.ENOTFOUND, err: err, folder: folder, msg: fmt.Sprintf("Dossier « %s » introuvable", folder)}
		}
		return s.lost(err)
	}
	s.selected, s.uidValidity, s.uidNext, s.numMessages = folder, data.UIDValidity, uint32(data.UIDNext), data.NumMessages
	return nil
}

// check delivers what is new in folder: everything above the stored LastUID, or, without a valid state, the
// messages of the look-back window. reopen re-selects the folder even if it is the one selected (fresh
// UIDVALIDITY and UIDNEXT).
func (s *session) check(ctx context.Context, folder string, reopen bool) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	fresh := false
	if reopen || s.selected != folder {
		if err := s.open(folder); err != nil {
			return err
		}
		fresh = true
	}
	st, ok, err := s.w.sink.State(folder)
	if err != nil {
		return sinkError(err)
	}
	if ok && st.UIDValidity == s.uidValidity {
		err = s.incremental(ctx, folder, st)
	} else {
		if !fresh {
			if err := s.open(folder); err != nil {
				return err
			}
		}
		err = s.resync(ctx, folder)
	}
	if mb := s.c.Mailbox(); mb != nil {
		s.numMessages = mb.NumMessages
	}
	return err
}

// incremental asks again for the messages the server refused before, then fetches the UIDs above st.LastUID.
func (s *session) incremental(ctx context.Context, folder string, st State) error {
	if len(st.Retry) > 0 {
		var err error
		if st, err = s.retry(folder, st); err != nil {
			return err
		}
	}
	wd := s.watch()
	data, err := s.c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{{{Start: imap.UID(st.LastUID + 1), Stop: 0}}}}, nil).Wait()
	if err = wd.stop(err); err != nil {
		return s.lost(err)
	}
	// "N:*" names the last message even when its UID is below N.
	uids := slices.DeleteFunc(data.AllUIDs(), func(u imap.UID) bool { return uint32(u) <= st.LastUID })
	if len(uids) == 0 {
		return nil
	}
	return s.deliver(ctx, folder, st, uids, 0)
}

// resync fetches the look-back window and replaces the state.
func (s *session) resync(ctx context.Context, folder string) error {
	now := s.w.opt.Now()
	from := now.Add(-s.w.opt.LookBack)
	since := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
	wd := s.watch()
	data, err := s.c.UIDSearch(&imap.SearchCriteria{Since: since}, nil).Wait()
	if err = wd.stop(err); err != nil {
		return s.lost(err)
	}
	uids := data.AllUIDs()
	slices.Sort(uids)
	// Everything present when the folder was opened is either in the window or deliberately skipped.
	last, err := s.lastUID()
	if err != nil {
		return err
	}
	st := State{UIDValidity: s.uidValidity}
	if len(uids) == 0 {
		st.LastUID = last
		if err := s.w.sink.Deliver(folder, st, nil); err != nil {
			return sinkError(err)
		}
		return nil
	}
	return s.deliver(ctx, folder, st, uids, last)
}

// lastUID is the highest UID of the selected folder when it was opened.
func (s *session) lastUID() (uint32, error) {
	if s.uidNext > 0 {
		return s.uidNext - 1, nil
	}
	if s.numMessages == 0 {
		return 0, nil
	}
	wd := s.watch()
	msgs, err := s.c.Fetch(imap.SeqSetNum(s.numMessages), &imap.FetchOptions{UID: true}).Collect()
	if err = wd.stop(err); err != nil {
		return 0, s.lost(err)
	}
	var last uint32
	for _, m := range msgs {
		last = max(last, uint32(m.UID))
	}
	return last, nil
}

// retry fetches each refused message of st.Retry once more. A message given now is delivered; one still refused
// counts one more attempt, and at MaxAttempts is delivered as unreadable with what the server said; one deleted
// meanwhile is forgotten. The state delivered with them keeps the rest for the next synchronisation.
func (s *session) retry(folder string, st State) (State, error) {
	uids := make([]imap.UID, len(st.Retry))
	for i, r := range st.Retry {
		uids[i] = imap.UID(r.UID)
	}
	metas, err := s.metadata(uids)
	if err != nil {
		return st, err
	}
	msgs, refused, err := s.bodies(folder, uids, metas)
	if err != nil {
		return st, err
	}
	var keep []Retry
	for _, r := range st.Retry {
		u := imap.UID(r.UID)
		why, no := refused[u]
		if _, present := metas[u]; !present || !no {
			continue // expunged, or given this time (in msgs)
		}
		r.Attempts++
		r.Why = why
		if r.Attempts < MaxAttempts {
			keep = append(keep, r)
			continue
		}
		m := metas[u]
		msgs = append(msgs, Fetched{Folder: folder, UID: r.UID, InternalDate: m.date, Size: m.size,
			Failed: fmt.Sprintf("%s (refusé %d fois)", why, r.Attempts)})
	}
	slices.SortFunc(msgs, func(a, b Fetched) int { return int(a.UID) - int(b.UID) })
	st.Retry = keep
	if err := s.w.sink.Deliver(folder, st, msgs); err != nil {
		return st, sinkError(err)
	}
	s.delivered = s.delivered || len(msgs) > 0
	return st, nil
}

// meta is what is known of a message before its body is fetched.
type meta struct {
	uid  imap.UID
	size int64
	date time.Time
}

// deliver fetches uids (ascending) in batches of at most maxBatch messages and about maxBatchBytes, each handed
// to the sink with the state reached before the next is fetched. The last batch carries LastUID = max(its
// highest UID, floor).
func (s *session) deliver(ctx context.Context, folder string, st State, uids []imap.UID, floor uint32) error {
	total := len(uids)
	done := 0
	s.w.emit(Status{Phase: PhaseSyncing, Folder: folder, Total: total, Since: s.since})
	for len(uids) > 0 {
		chunk := uids[:min(maxBatch, len(uids))]
		uids = uids[len(chunk):]
		metas, err := s.metadata(chunk)
		if err != nil {
			return err
		}
		// Cut the chunk into byte-bounded batches.
		for start := 0; start < len(chunk); {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			end, bytes := start, int64(0)
			for end < len(chunk) {
				n := min(metas[chunk[end]].size, MaxFetchBytes)
				if end > start && bytes+n > maxBatchBytes {
					break
				}
				bytes += n
				end++
			}
			batch := chunk[start:end]
			msgs, refused, err := s.bodies(folder, batch, metas)
			if err != nil {
				return err
			}
			// A message the server refuses is not passed over: the state remembers it for the next syncs.
			for _, u := range batch {
				if why, ok := refused[u]; ok {
					st.Retry = append(st.Retry, Retry{UID: uint32(u), Attempts: 1, Why: why})
				}
			}
			st.LastUID = uint32(batch[len(batch)-1])
			if len(uids) == 0 && end == len(chunk) {
				st.LastUID = max(st.LastUID, floor)
			}
			if err := s.w.sink.Deliver(folder, st, msgs); err != nil {
				return sinkError(err)
			}
			s.delivered = s.delivered || len(msgs) > 0
			done += len(batch)
			s.w.emit(Status{Phase: PhaseSyncing, Folder: folder, Done: done, Total: total, Since: s.since})
			start = end
		}
	}
	return nil
}

// metadata fetches UID, RFC822.SIZE and INTERNALDATE; a message expunged meanwhile is simply missing.
func (s *session) metadata(uids []imap.UID) (map[imap.UID]meta, error) {
	wd := s.watch()
	cmd := s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true})
	metas := make(map[imap.UID]meta, len(uids))
	for {
		m := cmd.Next()
		if m == nil {
			break
		}
		buf, err := m.Collect()
		if err != nil {
			_ = cmd.Close()
			return nil, s.lost(wd.stop(err))
		}
		if buf.UID != 0 {
			metas[buf.UID] = meta{uid: buf.UID, size: buf.RFC822Size, date: buf.InternalDate}
		}
		wd.touch()
	}
	if err := wd.stop(cmd.Close()); err != nil {
		return nil, s.lost(err)
	}
	return metas, nil
}

// bodies fetches the messages of batch with BODY.PEEK[] (BODY.PEEK[]<0.MaxFetchBytes> for larger ones), in UID
// order; refused has those the server would not give, with what it said.
func (s *session) bodies(folder string, batch []imap.UID, metas map[imap.UID]meta) (msgs []Fetched, refused map[imap.UID]string, err error) {
	var whole, large []imap.UID
	for _, u := range batch {
		m, ok := metas[u]
		switch {
		case !ok: // expunged
		case m.size > MaxFetchBytes:
			large = append(large, u)
		default:
			whole = append(whole, u)
		}
	}
	got := make(map[imap.UID][]byte, len(whole)+len(large))
	failed := map[imap.UID]string{}
	for _, part := range []struct {
		uids    []imap.UID
		section *imap.FetchItemBodySection
	}{
		{whole, &imap.FetchItemBodySection{Peek: true}},
		{large, &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: MaxFetchBytes}}},
	} {
		if len(part.uids) == 0 {
			continue
		}
		if err := s.fetchBodies(part.uids, part.section, got); err != nil {
			if !isRefusal(err) {
				return nil, nil, err
			}
			// The server answered NO (a message it cannot convert or give): one by one, so that one bad message
			// never blocks the others nor every later synchronisation.
			for _, u := range part.uids {
				if err := s.fetchBodies([]imap.UID{u}, part.section, got); err != nil {
					if !isRefusal(err) {
						return nil, nil, err
					}
					failed[u] = message(err)
				}
			}
		}
	}
	msgs = make([]Fetched, 0, len(got))
	for _, u := range batch {
		m := metas[u]
		raw, ok := got[u]
		if !ok {
			continue
		}
		msgs = append(msgs, Fetched{Folder: folder, UID: uint32(u), InternalDate: m.date, Size: m.size, Raw: raw,
			Truncated: int64(len(raw)) < m.size})
	}
	return msgs, failed, nil
}

// isRefusal tells a command the server answered NO or BAD (the connection is sound) from a lost connection.
func isRefusal(err error) bool {
	var ie *imap.Error
	return errors.As(err, &ie)
}

func (s *session) fetchBodies(uids []imap.UID, section *imap.FetchItemBodySection, got map[imap.UID][]byte) error {
	wd := s.watch()
	cmd := s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	for {
		m := cmd.Next()
		if m == nil {
			break
		}
		var (
			uid  imap.UID
			raw  []byte
			have bool
		)
		for {
			item := m.Next()
			if item == nil {
				break
			}
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataBodySection:
				if it.Literal == nil {
					continue
				}
				b, err := readLiteral(it.Literal, wd)
				if err != nil {
					_ = cmd.Close()
					return s.lost(wd.stop(err))
				}
				raw, have = b, true
			}
		}
		if uid != 0 && have {
			got[uid] = raw
		}
		wd.touch()
	}
	if err := wd.stop(cmd.Close()); err != nil {
		return s.lost(err)
	}
	return nil
}

// readLiteral reads at most MaxFetchBytes of a literal (the rest is discarded by the client).
func readLiteral(lit imap.LiteralReader, wd *watchdog) ([]byte, error) {
	n := min(lit.Size(), MaxFetchBytes)
	buf := make([]byte, n)
	for off := 0; off < len(buf); {
		k, err := lit.Read(buf[off:min(len(buf), off+1<<20)])
		off += k
		wd.touch()
		if err == io.EOF && off == len(buf) {
			break
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	return buf, nil
}

// idleCycle waits in IDLE until a notice, a wake, the period or an error.
func (s *session) idleCycle(ctx context.Context, period time.Duration) (reason, error) {
	wd := s.watch()
	idle, err := s.c.Idle()
	if err = wd.stop(err); err != nil {
		return 0, s.lost(err)
	}
	why := reasonTimer
	t := time.NewTimer(period)
	defer t.Stop()
	if mb := s.c.Mailbox(); mb != nil && mb.NumMessages != s.numMessages {
		why = reasonExists // arrived while IDLE was starting
	} else {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-s.c.Closed():
			_ = idle.Close()
			return 0, s.lost(io.ErrUnexpectedEOF)
		case <-s.exists:
			why = reasonExists
		case <-s.w.wake:
			why = reasonWake
		case <-t.C:
		}
	}
	wd = s.watch()
	err = idle.Close()
	if err == nil {
		err = idle.Wait()
	}
	if err = wd.stop(err); err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		return 0, s.lost(err)
	}
	return why, nil
}

// pollWait waits for the poll period (or a wake), then checks the connection with NOOP.
func (s *session) pollWait(ctx context.Context, period time.Duration) (reason, error) {
	why := reasonTimer
	t := time.NewTimer(period)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-s.c.Closed():
		return 0, s.lost(io.ErrUnexpectedEOF)
	case <-s.exists:
		why = reasonExists
	case <-s.w.wake:
		why = reasonWake
	case <-t.C:
	}
	wd := s.watch()
	if err := wd.stop(s.c.Noop().Wait()); err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		return 0, s.lost(err)
	}
	return why, nil
}

// sinkError is a failure of the app side.
func sinkError(err error) error {
	return &failure{code: backend.ErrorCode(err), err: err, msg: "Enregistrement des messages reçus impossible : " + backend.ErrorMessage(err)}
}
