import { describe, expect, it } from '@jest/globals'
import { checkUpload, MAX_UPLOAD_BYTES } from '@/modules/content/domain/uploadPolicy'

describe('checkUpload', () => {
  it('should accept a real image, PDF or audio file whose name matches its content', () => {
    expect(
      checkUpload({ name: 'anh.JPG', size: 1000, detected: { mime: 'image/jpeg', ext: 'jpg' } }),
    ).toBeNull()
    expect(
      checkUpload({
        name: 'bao-cao.pdf',
        size: 1000,
        detected: { mime: 'application/pdf', ext: 'pdf' },
      }),
    ).toBeNull()
    expect(
      checkUpload({
        name: 'ban-tin.mp3',
        size: 1000,
        detected: { mime: 'audio/mpeg', ext: 'mp3' },
      }),
    ).toBeNull()
  })

  it('should refuse content it cannot recognise', () => {
    expect(checkUpload({ name: 'anh.png', size: 10 })).toEqual({
      key: 'media.undetectable',
      params: { name: 'anh.png' },
    })
  })

  it('should refuse a program or archive even when it is named like an image', () => {
    expect(
      checkUpload({
        name: 'anh.png',
        size: 10,
        detected: { mime: 'application/x-msdownload', ext: 'exe' },
      }),
    ).toEqual({
      key: 'media.typeNotAllowed',
      params: { type: 'application/x-msdownload' },
    })
  })

  it('should refuse an accepted type hiding behind another extension', () => {
    expect(
      checkUpload({ name: 'hoa-don.pdf', size: 10, detected: { mime: 'image/png', ext: 'png' } }),
    ).toEqual({
      key: 'media.disguised',
      params: { name: 'hoa-don.pdf', ext: 'pdf', type: 'image/png' },
    })
  })

  it('should refuse a file over the limit before looking at its type, with sizes in vi-VN format', () => {
    const problem = checkUpload({
      name: 'video.mp3',
      size: MAX_UPLOAD_BYTES + 1.5 * 1024 * 1024,
      detected: { mime: 'audio/mpeg', ext: 'mp3' },
    })
    expect(problem).toEqual({ key: 'media.tooLarge', params: { size: '21,5', max: '20' } })
  })
})
